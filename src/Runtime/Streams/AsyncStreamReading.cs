using System.Runtime.CompilerServices;
using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.Wire;

namespace BsdfGen.Streams;

/// <summary>
/// Yields the items of a document's list stream (or root list) as they arrive from a <see cref="Stream"/>,
/// holding only the document's prefix and the item being read in memory.
/// </summary>
internal static class AsyncStreamReading
{
    private const int ChunkSize = 64 * 1024;

    public static async IAsyncEnumerable<T> ReadItems<T>(
        Stream stream, BsdfOptions options, ExtensionRegistry extensions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var buffer = new Window();
        var origin = stream.CanSeek ? stream.Position : 0;
        StreamLocation? location;
        while ((location = StreamLocator.Locate(buffer.Data, origin, options, extensions)) is null)
        {
            // Fill the (doubling) window completely, so a long prefix is parsed a logarithmic number of times.
            if (!await buffer.FillAsync(stream, fillCompletely: true, cancellationToken).ConfigureAwait(false))
            {
                throw new BsdfException("The data ended before the stream's items started", origin + buffer.Length) { IsTruncation = true };
            }
        }

        var items = new StreamItemDecoder(new DynamicDecoder(options with { Warning = static _ => { } }, extensions, null));
        var limit = location.Kind == BsdfListKind.OpenStream ? long.MaxValue : location.Count;
        buffer.Discard((int)(location.FirstItemOffset - origin));
        var offset = location.FirstItemOffset;
        var ended = false;
        for (long read = 0; read < limit;)
        {
            if (items.TryDecode<T>(buffer.Data.Span, offset, out var item, out var consumed))
            {
                buffer.Discard(consumed);
                offset += consumed;
                read++;
                yield return item;
                continue;
            }

            if (ended)
            {
                if (location.Kind != BsdfListKind.OpenStream)
                {
                    throw new BsdfException($"The data ended after {read} of the list's {limit} items", offset) { IsTruncation = true };
                }

                if (buffer.Length > 0)
                {
                    options.Warn(new BsdfWarning(
                        BsdfWarningKind.StreamItemCutOff,
                        "The last item of an open stream is cut off by the end of the data (an interrupted writer?); it is left out",
                        offset));
                }

                yield break;
            }

            ended = !await buffer.FillAsync(stream, fillCompletely: false, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>A growable byte window: data arrives at the end and is discarded from the front.</summary>
    private sealed class Window
    {
        private byte[] _bytes = new byte[ChunkSize];
        private int _start;
        private int _end;

        public ReadOnlyMemory<byte> Data => _bytes.AsMemory(_start, _end - _start);

        public int Length => _end - _start;

        public void Discard(int count) => _start += count;

        /// <summary>Reads more data (until the window is full, when asked); returns false at the end of the stream.</summary>
        public async ValueTask<bool> FillAsync(Stream stream, bool fillCompletely, CancellationToken cancellationToken)
        {
            if (_start > 0 && _start == _end)
            {
                _start = _end = 0;
            }

            if (_bytes.Length - _end < ChunkSize)
            {
                var length = _end - _start;
                var target = length + ChunkSize > _bytes.Length ? new byte[Math.Max(_bytes.Length * 2, length + ChunkSize)] : _bytes;
                Buffer.BlockCopy(_bytes, _start, target, 0, length);
                _bytes = target;
                _start = 0;
                _end = length;
            }

            var total = 0;
            int read;
            do
            {
                read = await stream.ReadAsync(_bytes.AsMemory(_end), cancellationToken).ConfigureAwait(false);
                _end += read;
                total += read;
            }
            while (fillCompletely && read > 0 && _end < _bytes.Length);

            return total > 0;
        }
    }
}
