using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>
/// The values of the large-value benchmarks (<c>double[]</c>, <c>float[,]</c>, <c>byte[]</c> and <see cref="LargeRecord"/>
/// holding all three), and their physical limit: the value's bytes copied once, into arrays allocated without zeroing
/// where .NET can (<see cref="GC.AllocateUninitializedArray{T}"/>; a <c>float[,]</c> can only be allocated zeroed).
/// </summary>
public static class LargeValues
{
    /// <summary>A value of about <paramref name="bytes"/> bytes of array data, filled with varied numbers.</summary>
    public static T Create<T>(int bytes)
    {
        var random = new Random(7);
        object value = typeof(T) switch
        {
            var type when type == typeof(double[]) => Doubles(bytes / sizeof(double), random),
            var type when type == typeof(float[,]) => Matrix(bytes, random),
            var type when type == typeof(byte[]) => Blob(bytes, random),
            var type when type == typeof(LargeRecord) => new LargeRecord
            {
                Name = "record",
                Values = Doubles(bytes / 2 / sizeof(double), random),
                Matrix = Matrix(bytes / 4, random),
                Blob = Blob(bytes / 4, random),
            },
            var type => throw new ArgumentException($"No large value of {type}"),
        };
        return (T)value;
    }

    /// <summary>The arrays of <paramref name="value"/>, each as its bytes.</summary>
    public static Array[] ArraysOf<T>(T value) => value switch
    {
        LargeRecord record => [record.Values, record.Matrix, record.Blob],
        Array array => [array],
        _ => throw new ArgumentException($"No arrays in {typeof(T)}"),
    };

    /// <summary>The number of array bytes in <paramref name="value"/>.</summary>
    public static int PayloadBytes<T>(T value) => ArraysOf(value).Sum(array => BytesOf(array).Length);

    /// <summary>The physical limit of writing <paramref name="value"/> into memory: its array bytes copied one after another.</summary>
    public static int CopyPayload<T>(T value, Span<byte> destination)
    {
        var written = 0;
        foreach (var array in ArraysOf(value))
        {
            var bytes = BytesOf(array);
            bytes.CopyTo(destination[written..]);
            written += bytes.Length;
        }

        return written;
    }

    /// <summary>The physical limit of writing <paramref name="value"/> to a stream: its array bytes written one after another.</summary>
    public static void WritePayload<T>(T value, Stream stream)
    {
        foreach (var array in ArraysOf(value))
        {
            stream.Write(BytesOf(array));
        }
    }

    /// <summary>The physical limit of reading a value shaped like <paramref name="shape"/>: new arrays (unzeroed where possible), the bytes copied in once.</summary>
    public static T CopyFrom<T>(T shape, ReadOnlySpan<byte> payload)
    {
        var copy = Allocate(shape);
        var read = 0;
        foreach (var array in ArraysOf(copy))
        {
            var bytes = BytesOf(array);
            payload.Slice(read, bytes.Length).CopyTo(bytes);
            read += bytes.Length;
        }

        return copy;
    }

    /// <summary>As <see cref="CopyFrom{T}"/>, the bytes read from a stream straight into the new arrays.</summary>
    public static T ReadFrom<T>(T shape, Stream stream)
    {
        var copy = Allocate(shape);
        foreach (var array in ArraysOf(copy))
        {
            stream.ReadExactly(BytesOf(array));
        }

        return copy;
    }

    /// <summary>Whether two values hold the same arrays.</summary>
    public static bool Equal<T>(T left, T right) =>
        ArraysOf(left).Zip(ArraysOf(right)).All(pair => pair.First.Rank == pair.Second.Rank && BytesOf(pair.First).SequenceEqual(BytesOf(pair.Second)));

    private static T Allocate<T>(T shape) => shape switch
    {
        double[] values => (T)(object)GC.AllocateUninitializedArray<double>(values.Length),
        byte[] blob => (T)(object)GC.AllocateUninitializedArray<byte>(blob.Length),
        float[,] matrix => (T)(object)new float[matrix.GetLength(0), matrix.GetLength(1)],
        LargeRecord record => (T)(object)new LargeRecord
        {
            Name = record.Name,
            Values = Allocate(record.Values),
            Matrix = Allocate(record.Matrix),
            Blob = Allocate(record.Blob),
        },
        _ => throw new ArgumentException($"No large value of {typeof(T)}"),
    };

    private static Span<byte> BytesOf(Array array) =>
        MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(array), array.Length * ElementSize(array));

    private static int ElementSize(Array array) => array switch
    {
        double[] => sizeof(double),
        float[,] => sizeof(float),
        byte[] => 1,
        _ => throw new ArgumentException($"No element size for {array.GetType()}"),
    };

    private static double[] Doubles(int count, Random random)
    {
        var values = new double[count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (Math.Sin(i * 0.001) * 1000) + random.NextDouble();
        }

        return values;
    }

    private static float[,] Matrix(int bytes, Random random)
    {
        const int columns = 1024;
        var matrix = new float[Math.Max(1, bytes / sizeof(float) / columns), columns];
        var cells = MemoryMarshal.CreateSpan(ref Unsafe.As<byte, float>(ref MemoryMarshal.GetArrayDataReference(matrix)), matrix.Length);
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = (float)(random.NextDouble() * 100);
        }

        return matrix;
    }

    private static byte[] Blob(int bytes, Random random)
    {
        var blob = new byte[bytes];
        random.NextBytes(blob);
        return blob;
    }
}
