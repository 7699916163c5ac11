using System.Buffers;
using MemoryPack;

namespace BsdfGen.Benchmarks.Arrays;

/// <summary>Every public path of one large value, non-generically, for benchmarks and checks that pick the value kind at run time.</summary>
public interface ILargeValueCase : IDisposable
{
    object SerializeCopy();
    object SerializeBsdfGen();
    object SerializeMemoryPack();
    object DeserializeCopy();
    object DeserializeBsdfGen();
    object DeserializeMemoryPack();
    object RoundTripCopy();
    object RoundTripBsdfGen();
    object RoundTripMemoryPack();
    long BufferWriterCopy();
    long BufferWriterBsdfGen();
    long BufferWriterMemoryPack();
    long StreamWriteCopy();
    long StreamWriteBsdfGen();
    long StreamWriteMemoryPack();
    object StreamReadCopy();
    object StreamReadBsdfGen();
    object StreamReadMemoryPack();
    long FileWriteCopy();
    long FileWriteBsdfGen();
    long FileWriteMemoryPack();
    object FileReadCopy();
    object FileReadBsdfGen();
    object FileReadAsyncBsdfGen();
    object FileReadMemoryPack();
}

/// <summary>
/// One large value on every public path — a new <c>byte[]</c>, a reused <see cref="IBufferWriter{T}"/>, a
/// <see cref="Stream"/> (in memory) and a file — through BsdfGen, MemoryPack, and the physical limit ("Copy": the
/// value's array bytes copied once, into arrays allocated without zeroing; see <see cref="LargeValues"/>). Only the
/// <c>byte[]</c> paths unless <c>everyPath</c>: the others hold another two copies in memory and three files on disk.
/// </summary>
public sealed class LargeValueCase<T> : ILargeValueCase
{
    private T _value;
    private byte[] _payload;
    private byte[] _bsdf;
    private byte[] _memoryPack;
    private ArrayBufferWriter<byte>? _buffer;
    private MemoryStream? _written;
    private string? _directory;

    public LargeValueCase(int mib, bool everyPath = false)
    {
        _value = LargeValues.Create<T>(mib << 20);
        _payload = GC.AllocateUninitializedArray<byte>(LargeValues.PayloadBytes(_value));
        LargeValues.CopyPayload(_value, _payload);
        _bsdf = Bsdf.Serialize(_value);
        _memoryPack = MemoryPackSerializer.Serialize(_value);
        if (everyPath)
        {
            _buffer = new ArrayBufferWriter<byte>(Math.Max(_bsdf.Length, _memoryPack.Length) + 4096);
            _written = new MemoryStream(Math.Max(_bsdf.Length, _memoryPack.Length) + 4096);
            _directory = Directory.CreateTempSubdirectory("bsdfgen-bench-").FullName;
            File.WriteAllBytes(Path("payload"), _payload);
            File.WriteAllBytes(Path("bsdf"), _bsdf);
            File.WriteAllBytes(Path("memorypack"), _memoryPack);
        }

        Verify();
    }

    private ArrayBufferWriter<byte> Buffer => _buffer ?? throw NotPrepared();

    private MemoryStream Written => _written ?? throw NotPrepared();

    public object SerializeCopy()
    {
        var result = GC.AllocateUninitializedArray<byte>(_payload.Length);
        LargeValues.CopyPayload(_value, result);
        return result;
    }

    public object SerializeBsdfGen() => Bsdf.Serialize(_value);

    public object SerializeMemoryPack() => MemoryPackSerializer.Serialize(_value);

    public object DeserializeCopy() => LargeValues.CopyFrom(_value, _payload)!;

    public object DeserializeBsdfGen() => Bsdf.Deserialize<T>(_bsdf)!;

    public object DeserializeMemoryPack() => MemoryPackSerializer.Deserialize<T>(_memoryPack)!;

    public object RoundTripCopy() => LargeValues.CopyFrom(_value, (byte[])SerializeCopy())!;

    public object RoundTripBsdfGen() => Bsdf.Deserialize<T>(Bsdf.Serialize(_value))!;

    public object RoundTripMemoryPack() => MemoryPackSerializer.Deserialize<T>(MemoryPackSerializer.Serialize(_value))!;

    public long BufferWriterCopy()
    {
        Buffer.ResetWrittenCount();
        Buffer.Advance(LargeValues.CopyPayload(_value, Buffer.GetSpan(_payload.Length)));
        return Buffer.WrittenCount;
    }

    public long BufferWriterBsdfGen()
    {
        Buffer.ResetWrittenCount();
        Bsdf.Serialize(Buffer, _value);
        return Buffer.WrittenCount;
    }

    public long BufferWriterMemoryPack()
    {
        Buffer.ResetWrittenCount();
        MemoryPackSerializer.Serialize(Buffer, _value);
        return Buffer.WrittenCount;
    }

    public long StreamWriteCopy()
    {
        Rewind(Written);
        LargeValues.WritePayload(_value, Written);
        return Written.Length;
    }

    public long StreamWriteBsdfGen()
    {
        Rewind(Written);
        Bsdf.Serialize(Written, _value);
        return Written.Length;
    }

    public long StreamWriteMemoryPack()
    {
        Rewind(Written);
        MemoryPackSerializer.SerializeAsync(Written, _value).AsTask().GetAwaiter().GetResult();
        return Written.Length;
    }

    // A stream over bytes held by someone else (as a caller would pass): its buffer is not exposed.
    public object StreamReadCopy() => LargeValues.ReadFrom(_value, new MemoryStream(_payload, writable: false))!;

    public object StreamReadBsdfGen() => Bsdf.Deserialize<T>(new MemoryStream(_bsdf, writable: false))!;

    public object StreamReadMemoryPack() => MemoryPackSerializer.DeserializeAsync<T>(new MemoryStream(_memoryPack, writable: false)).AsTask().GetAwaiter().GetResult()!;

    public long FileWriteCopy()
    {
        using var file = File.Create(Path("written"));
        LargeValues.WritePayload(_value, file);
        return file.Length;
    }

    public long FileWriteBsdfGen()
    {
        using var file = File.Create(Path("written"));
        Bsdf.Serialize(file, _value);
        return file.Length;
    }

    public long FileWriteMemoryPack()
    {
        using var file = File.Create(Path("written"));
        MemoryPackSerializer.SerializeAsync(file, _value).AsTask().GetAwaiter().GetResult();
        return file.Length;
    }

    public object FileReadCopy()
    {
        using var file = File.OpenRead(Path("payload"));
        return LargeValues.ReadFrom(_value, file)!;
    }

    public object FileReadBsdfGen()
    {
        using var file = File.OpenRead(Path("bsdf"));
        return Bsdf.Deserialize<T>(file)!;
    }

    public object FileReadAsyncBsdfGen()
    {
        using var file = File.OpenRead(Path("bsdf"));
        return Bsdf.DeserializeAsync<T>(file).GetAwaiter().GetResult()!;
    }

    public object FileReadMemoryPack()
    {
        using var file = File.OpenRead(Path("memorypack"));
        return MemoryPackSerializer.DeserializeAsync<T>(file).AsTask().GetAwaiter().GetResult()!;
    }

    /// <summary>Deletes the files and lets go of the arrays (the caller collects them before measuring something else).</summary>
    public void Dispose()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
        }

        _value = default!;
        _payload = _bsdf = _memoryPack = [];
        _buffer = null;
        _written = null;
        _directory = null;
    }

    private static void Rewind(MemoryStream stream)
    {
        stream.Position = 0;
        stream.SetLength(0);
    }

    private string Path(string name) => System.IO.Path.Combine(_directory ?? throw NotPrepared(), name);

    private static InvalidOperationException NotPrepared() => new("This case was created for the byte[] paths only (everyPath: false)");

    /// <summary>Every path must give back the value it was given, or the timings mean nothing.</summary>
    private void Verify()
    {
        var read = new List<(string Path, Func<object> Read)>
        {
            ("copy", DeserializeCopy), ("BsdfGen", DeserializeBsdfGen), ("MemoryPack", DeserializeMemoryPack),
            ("copy round trip", RoundTripCopy), ("BsdfGen round trip", RoundTripBsdfGen), ("MemoryPack round trip", RoundTripMemoryPack),
        };
        if (_directory is not null)
        {
            read.AddRange([
                ("copy stream", StreamReadCopy), ("BsdfGen stream", StreamReadBsdfGen), ("MemoryPack stream", StreamReadMemoryPack),
                ("copy file", FileReadCopy), ("BsdfGen file", FileReadBsdfGen), ("BsdfGen file, asynchronously", FileReadAsyncBsdfGen), ("MemoryPack file", FileReadMemoryPack),
            ]);
        }

        foreach (var (path, readBack) in read)
        {
            if (!LargeValues.Equal(_value, (T)readBack()))
            {
                throw new InvalidOperationException($"{typeof(T)} did not round-trip through {path}");
            }
        }

        if (_directory is null)
        {
            return;
        }

        BufferWriterBsdfGen();
        StreamWriteBsdfGen();
        FileWriteBsdfGen();
        if (!Buffer.WrittenSpan.SequenceEqual(_bsdf) || !Written.ToArray().AsSpan().SequenceEqual(_bsdf) || !File.ReadAllBytes(Path("written")).AsSpan().SequenceEqual(_bsdf))
        {
            throw new InvalidOperationException($"{typeof(T)}: BsdfGen wrote different bytes to a buffer writer, stream or file than to a byte[]");
        }
    }
}
