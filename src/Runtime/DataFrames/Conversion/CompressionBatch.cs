using System.Buffers;
using System.Runtime.InteropServices;
using BsdfGen.Codecs.Lz4;
using BsdfGen.DataFrames.Documents;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// The buffers of documents being encoded: each one becomes an LZ4 block after its 4-byte little-endian size (as
/// Python's <c>lz4.block.compress</c>) of values that are already little-endian. Buffers are queued while the tree
/// is built and compressed together by <see cref="CompressAll"/> — on every core when there is enough data, as they
/// are independent. The compressed bytes live in pooled arrays until <see cref="Dispose"/>.
/// </summary>
internal sealed class CompressionBatch : IDisposable
{
    private readonly List<Job> _jobs = [];

    private delegate void Transform<TSource, TTarget>(ReadOnlySpan<TSource> source, Span<TTarget> target);

    /// <summary>Queues the values of <paramref name="values"/> as they are (<paramref name="valueSize"/> bytes each).</summary>
    public DocumentBinary Add(Array values, int valueSize) => Queue(new RawJob(values, valueSize));

    /// <summary>Queues bytes as they are.</summary>
    public DocumentBinary Add(byte[] bytes) => Add(bytes, 1);

    /// <summary>Queues offsets as counts: <c>[0, len(v0), len(v1), …]</c>.</summary>
    public DocumentBinary Counts(int[] offsets) =>
        Queue(new TransformJob<int, int>(offsets, static (source, target) =>
        {
            target[0] = 0;
            for (var i = 1; i < source.Length; i++)
            {
                target[i] = source[i] - source[i - 1];
            }
        }));

    /// <summary>Queues 32-bit values difference-encoded: <c>x[0], x[1] - x[0], …</c> (wrapping, as numpy does).</summary>
    public DocumentBinary Differences(int[] values) =>
        Queue(new TransformJob<int, int>(values, static (source, target) =>
        {
            var previous = 0;
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = unchecked(source[i] - previous);
                previous = source[i];
            }
        }));

    /// <summary>Queues 64-bit values difference-encoded (wrapping, as numpy does).</summary>
    public DocumentBinary Differences(long[] values) =>
        Queue(new TransformJob<long, long>(values, static (source, target) =>
        {
            var previous = 0L;
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = unchecked(source[i] - previous);
                previous = source[i];
            }
        }));

    /// <summary>Queues 64-bit values that fit 32 bits as 32-bit values.</summary>
    public DocumentBinary Narrowed(long[] values) =>
        Queue(new TransformJob<long, int>(values, static (source, target) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                target[i] = checked((int)source[i]);
            }
        }));

    /// <summary>Compresses every queued buffer into its node.</summary>
    public void CompressAll() =>
        ParallelJobs.Run(_jobs.Where(job => !job.IsDone).ToList(), static job => job.RawLength, static job => job.Run());

    /// <summary>Returns the pooled arrays; the nodes must not be read afterwards.</summary>
    public void Dispose()
    {
        foreach (var job in _jobs)
        {
            job.Release();
        }

        _jobs.Clear();
    }

    private DocumentBinary Queue(Job job)
    {
        _jobs.Add(job);
        return job.Target;
    }

    private abstract class Job
    {
        private byte[]? _output;

        public DocumentBinary Target { get; } = DocumentBinary.Pending();

        public bool IsDone => _output is not null;

        public abstract long RawLength { get; }

        public abstract void Run();

        public void Release()
        {
            if (_output is { } output)
            {
                _output = null;
                ArrayPool<byte>.Shared.Return(output);
            }
        }

        protected void Compress(ReadOnlySpan<byte> raw)
        {
            var output = ArrayPool<byte>.Shared.Rent(Lz4SizePrefixedBlock.MaxFramedLength(raw.Length));
            Target.Fill(output, Lz4SizePrefixedBlock.CompressInto(raw, output));
            _output = output;
        }
    }

    private sealed class RawJob(Array values, int valueSize) : Job
    {
        public override long RawLength => (long)values.Length * valueSize;

        public override void Run() =>
            Compress(MemoryMarshal.CreateReadOnlySpan(ref MemoryMarshal.GetArrayDataReference(values), checked((int)RawLength)));
    }

    private sealed class TransformJob<TSource, TTarget>(TSource[] source, Transform<TSource, TTarget> transform) : Job
        where TTarget : unmanaged
    {
        public override long RawLength => (long)source.Length * System.Runtime.CompilerServices.Unsafe.SizeOf<TTarget>();

        public override void Run()
        {
            var buffer = ArrayPool<TTarget>.Shared.Rent(source.Length);
            try
            {
                var target = buffer.AsSpan(0, source.Length);
                transform(source, target);
                Compress(MemoryMarshal.AsBytes(target));
            }
            finally
            {
                ArrayPool<TTarget>.Shared.Return(buffer);
            }
        }
    }
}
