using System.Buffers.Binary;
using System.Text;

namespace BsdfGen.Benchmarks.Lz4;

/// <summary>
/// Deterministic mixed data for the LZ4 benchmarks: 64 KiB chunks that cycle through text, JSON-like log lines,
/// a noisy float64 series, counting integers, random bytes and runs of repeated bytes.
/// </summary>
internal static class MixedData
{
    private const int Chunk = 64 * 1024;

    private static readonly string[] Words =
    [
        "the", "binary", "structured", "data", "format", "stores", "arrays", "and", "maps", "of", "values", "with",
        "blobs", "compression", "stream", "reader", "writer", "file", "header", "extension", "numbers", "text",
    ];

    public static byte[] Create(int length, int seed = 2026)
    {
        var data = new byte[length];
        var random = new Random(seed);
        var chunkIndex = 0;
        for (var offset = 0; offset < length; offset += Chunk, chunkIndex++)
        {
            var span = data.AsSpan(offset, Math.Min(Chunk, length - offset));
            switch (chunkIndex % 6)
            {
                case 0: FillText(span, random); break;
                case 1: FillLogLines(span, random, offset); break;
                case 2: FillSeries(span, random, offset); break;
                case 3: FillCounters(span, offset); break;
                case 4: random.NextBytes(span); break;
                default: FillRuns(span, random); break;
            }
        }

        return data;
    }

    private static void FillText(Span<byte> span, Random random)
    {
        var text = new StringBuilder(span.Length + 16);
        while (text.Length < span.Length)
        {
            text.Append(Words[random.Next(Words.Length)]).Append(random.Next(12) == 0 ? ".\n" : " ");
        }

        Encoding.ASCII.GetBytes(text.ToString(0, span.Length), span);
    }

    private static void FillLogLines(Span<byte> span, Random random, int seed)
    {
        var text = new StringBuilder(span.Length + 128);
        var time = 1_700_000_000L + seed;
        while (text.Length < span.Length)
        {
            time += random.Next(1, 500);
            text.Append("{\"t\":").Append(time).Append(",\"level\":\"").Append(random.Next(10) == 0 ? "warn" : "info")
                .Append("\",\"id\":").Append(random.Next(100_000)).Append(",\"latency_ms\":").Append(Math.Round(random.NextDouble() * 50, 3).ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Append("}\n");
        }

        Encoding.ASCII.GetBytes(text.ToString(0, span.Length), span);
    }

    private static void FillSeries(Span<byte> span, Random random, int seed)
    {
        for (var i = 0; i + 8 <= span.Length; i += 8)
        {
            var x = (seed + i) / 8 * 0.01;
            BinaryPrimitives.WriteDoubleLittleEndian(span[i..], Math.Round(Math.Sin(x) * 100 + random.NextDouble(), 3));
        }
    }

    private static void FillCounters(Span<byte> span, int seed)
    {
        for (var i = 0; i + 4 <= span.Length; i += 4)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[i..], (seed + i) / 4 / 3);
        }
    }

    private static void FillRuns(Span<byte> span, Random random)
    {
        var i = 0;
        while (i < span.Length)
        {
            var run = Math.Min(span.Length - i, random.Next(1, 300));
            span.Slice(i, run).Fill((byte)random.Next(4));
            i += run;
        }
    }
}
