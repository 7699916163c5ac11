using System.Runtime.InteropServices;
using BsdfGen.Codecs.Lz4;
using BsdfGen.DataFrames.Documents;

namespace BsdfGen.DataFrames.Conversion;

/// <summary>
/// The buffers of a document tree being decoded: each size-prefixed LZ4 block is queued with the array it fills
/// (already checked, charged and allocated) while the tree is planned, and <see cref="DecompressAll"/> decompresses
/// them together — on every core when there is enough data, as they are independent. When several blocks are corrupt,
/// the first in tree order is reported, so the error does not depend on timing.
/// </summary>
internal sealed class DecompressionBatch
{
    private readonly List<Job> _jobs = [];

    /// <summary>Queues the block of <paramref name="node"/>, which must fill <paramref name="destination"/> exactly.</summary>
    /// <param name="node">The binary node holding the block.</param>
    /// <param name="destination">An array of unmanaged values whose bytes the block declares.</param>
    /// <param name="byteLength">The declared size of the block.</param>
    /// <param name="corrupt">The error for a block that does not decompress, given the reason.</param>
    public void Add(DocumentBinary node, Array destination, int byteLength, Func<string, BsdfException> corrupt) =>
        _jobs.Add(new Job(node, destination, byteLength, corrupt));

    /// <summary>Decompresses every queued block into its array.</summary>
    /// <param name="input">What the tree was read from (binary nodes may refer to ranges of it).</param>
    /// <exception cref="BsdfException">A block is corrupt (the first in tree order when several are).</exception>
    public unsafe void DecompressAll(ReadOnlySpan<byte> input)
    {
        var jobs = _jobs.ToList();
        _jobs.Clear();

        // The input is pinned while the workers read it through its address (a span cannot cross threads).
        fixed (byte* start = input)
        {
            var (address, length) = ((nint)start, input.Length);
            ParallelJobs.Run(jobs, static job => job.ByteLength, job => job.Run(new ReadOnlySpan<byte>((byte*)address, length)));
        }
    }

    private sealed class Job(DocumentBinary node, Array destination, int byteLength, Func<string, BsdfException> corrupt)
    {
        public int ByteLength => byteLength;

        public void Run(ReadOnlySpan<byte> input)
        {
            try
            {
                var target = MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(destination), byteLength);
                Lz4SizePrefixedBlock.DecompressInto(node.GetBytes(input), target);
            }
            catch (InvalidDataException error)
            {
                throw corrupt(error.Message);
            }
        }
    }
}
