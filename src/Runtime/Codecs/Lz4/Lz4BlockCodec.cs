using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace BsdfGen.Codecs.Lz4;

/// <summary>
/// The LZ4 block format: a greedy single-probe hash-table compressor (LZ4's default "fast" mode) and a bounds-checked
/// decompressor that rejects malformed input with <see cref="InvalidDataException"/>.
/// </summary>
internal sealed unsafe class Lz4BlockCodec : ILz4BlockCodec
{
    public static readonly Lz4BlockCodec Instance = new();

    private const int MinMatch = 4;

    // The format's end-of-block rules: the last 5 bytes are literals, and the last match starts at least 12 bytes
    // before the end.
    private const int LastLiterals = 5;
    private const int MatchStartLimit = 12;
    private const int MaxOffset = 65535;
    private const int MaxInputLength = 0x7E000000;
    private const int RunMask = 15;
    private const int HashLog = 12;

    // After 2^SkipTrigger failed probes the search step grows by one, so incompressible data is skipped quickly.
    private const int SkipTrigger = 6;

    public int MaxCompressedLength(int inputLength)
    {
        if ((uint)inputLength > MaxInputLength)
        {
            throw new ArgumentOutOfRangeException(nameof(inputLength), inputLength, $"An LZ4 block holds 0 to {MaxInputLength} bytes");
        }

        return inputLength + (inputLength / 255) + 16;
    }

    public int Compress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        var bound = MaxCompressedLength(source.Length);
        if (destination.Length < bound)
        {
            throw new ArgumentException(
                $"Compressing {source.Length} bytes needs a destination of MaxCompressedLength = {bound} bytes, not {destination.Length}",
                nameof(destination));
        }

        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            var end = source.Length <= MatchStartLimit
                ? WriteLastLiterals(dst, src, source.Length)
                : CompressSequences(src, source.Length, dst);
            return (int)(end - dst);
        }
    }

    public int Decompress(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        fixed (byte* src = source)
        fixed (byte* dst = destination)
        {
            return DecompressSequences(src, source.Length, dst, destination.Length);
        }
    }

    // The table keeps the latest position for each hash of five bytes (spreading better than four); every entry starts
    // as position 0, and a candidate counts only when its first four bytes really match.
    // Literals are copied in whole words up to 7 bytes past their end: they end at least 12 bytes before the end of the
    // input, and a destination of MaxCompressedLength bytes always has more slack than that.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static byte* CompressSequences(byte* src, int length, byte* dst)
    {
        var table = stackalloc int[1 << HashLog];
        new Span<int>(table, 1 << HashLog).Clear();
        var end = src + length;
        var matchEndLimit = end - LastLiterals;
        var matchStartLimit = end - MatchStartLimit;
        var anchor = src;
        var ip = src + 1;
        var op = dst;

        while (true)
        {
            byte* match;
            var step = 1;
            var probes = 1 << SkipTrigger;
            while (true)
            {
                if (ip > matchStartLimit)
                {
                    return WriteLastLiterals(op, anchor, (int)(end - anchor));
                }

                var sequence = Read64(ip);
                var hash = Hash(sequence);
                match = src + table[hash];
                table[hash] = (int)(ip - src);
                var head = BitConverter.IsLittleEndian ? (uint)sequence : (uint)(sequence >> 32);
                if (ip - match <= MaxOffset && Read32(match) == head)
                {
                    break;
                }

                ip += step;
                step = probes++ >> SkipTrigger;
            }

            while (ip > anchor && match > src && ip[-1] == match[-1])
            {
                ip--;
                match--;
            }

            var literalLength = (int)(ip - anchor);
            var token = op++;
            if (literalLength >= RunMask)
            {
                *token = RunMask << 4;
                op = WriteLengthBytes(op, literalLength - RunMask);
            }
            else
            {
                *token = (byte)(literalLength << 4);
            }

            var from = anchor;
            var to = op;
            var literalsEnd = op + literalLength;
            while (literalsEnd - to >= 16)
            {
                Copy16(to, from);
                to += 16;
                from += 16;
            }

            do
            {
                Write64(to, Read64(from));
                to += 8;
                from += 8;
            }
            while (to < literalsEnd);

            op += literalLength;

            var offset = (int)(ip - match);
            op[0] = (byte)offset;
            op[1] = (byte)(offset >> 8);
            op += 2;

            var extraMatch = CountEqual(ip + MinMatch, match + MinMatch, matchEndLimit);
            ip += MinMatch + extraMatch;
            if (extraMatch >= RunMask)
            {
                *token |= RunMask;
                op = WriteLengthBytes(op, extraMatch - RunMask);
            }
            else
            {
                *token |= (byte)extraMatch;
            }

            anchor = ip;
            if (ip > matchStartLimit)
            {
                return WriteLastLiterals(op, anchor, (int)(end - anchor));
            }

            table[Hash(Read64(ip - 2))] = (int)(ip - 2 - src);
        }
    }

    private static byte* WriteLastLiterals(byte* op, byte* literals, int count)
    {
        if (count >= RunMask)
        {
            *op++ = RunMask << 4;
            op = WriteLengthBytes(op, count - RunMask);
        }
        else
        {
            *op++ = (byte)(count << 4);
        }

        Buffer.MemoryCopy(literals, op, count, count);
        return op + count;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte* WriteLengthBytes(byte* op, int remainder)
    {
        for (; remainder >= 255; remainder -= 255)
        {
            *op++ = 255;
        }

        *op++ = (byte)remainder;
        return op;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int CountEqual(byte* p, byte* match, byte* limit)
    {
        var start = p;
        while (p < limit - 7)
        {
            var difference = Read64(p) ^ Read64(match);
            if (difference != 0)
            {
                var equalBits = BitConverter.IsLittleEndian
                    ? BitOperations.TrailingZeroCount(difference)
                    : BitOperations.LeadingZeroCount(difference);
                return (int)(p - start) + (equalBits >> 3);
            }

            p += 8;
            match += 8;
        }

        if (p < limit - 3 && Read32(p) == Read32(match))
        {
            p += 4;
            match += 4;
        }

        if (p < limit - 1 && Unsafe.ReadUnaligned<ushort>(p) == Unsafe.ReadUnaligned<ushort>(match))
        {
            p += 2;
            match += 2;
        }

        if (p < limit && *p == *match)
        {
            p++;
        }

        return (int)(p - start);
    }

    // Copies move whole 8- or 16-byte words and may write up to 15 bytes past the end of a sequence, but never past the
    // destination; the following sequences overwrite those bytes.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int DecompressSequences(byte* src, int sourceLength, byte* dst, int destinationLength)
    {
        var ip = src;
        var inputEnd = src + sourceLength;
        var op = dst;
        var outputEnd = dst + destinationLength;

        while (true)
        {
            if (ip >= inputEnd)
            {
                throw Malformed(src, ip, "the block ends where a sequence token should start (a block must end with literals)");
            }

            uint token = *ip++;
            var literalLength = token >> 4;
            if (literalLength < RunMask && inputEnd - ip >= 16 && outputEnd - op >= 16)
            {
                // At least 16 input bytes remain and at most 14 are literals, so this is not the last sequence.
                Copy16(op, ip);
                ip += literalLength;
                op += literalLength;
            }
            else
            {
                if (literalLength == RunMask)
                {
                    uint next;
                    do
                    {
                        if (ip >= inputEnd)
                        {
                            throw Malformed(src, ip, "the block ends inside a literal length");
                        }

                        next = *ip++;
                        literalLength += next;
                        if (literalLength > int.MaxValue)
                        {
                            throw Malformed(src, ip, "literal length over int.MaxValue");
                        }
                    }
                    while (next == 255);
                }

                if (literalLength > (ulong)(inputEnd - ip))
                {
                    throw LiteralsPastEnd(src, ip, literalLength, inputEnd - ip);
                }

                if (literalLength > (ulong)(outputEnd - op))
                {
                    throw OutputOverflow(src, ip, op - dst, literalLength, destinationLength);
                }

                Copy(op, ip, literalLength, inputEnd, outputEnd);
                ip += literalLength;
                op += literalLength;
                if (ip == inputEnd)
                {
                    return (int)(op - dst);
                }

                if (inputEnd - ip < 2)
                {
                    throw Malformed(src, ip, "the block ends inside a match offset");
                }
            }

            var offset = (uint)(ip[0] | (ip[1] << 8));
            if (offset - 1 >= (ulong)(op - dst))
            {
                throw BadOffset(src, ip, offset, op - dst);
            }

            ip += 2;
            var match = op - offset;
            var matchLength = token & RunMask;
            if (matchLength < RunMask && offset >= 8 && outputEnd - op >= 24)
            {
                Write64(op, Read64(match));
                Write64(op + 8, Read64(match + 8));
                Write64(op + 16, Read64(match + 16));
                op += matchLength + MinMatch;
                continue;
            }

            if (matchLength == RunMask)
            {
                uint next;
                do
                {
                    if (ip >= inputEnd)
                    {
                        throw Malformed(src, ip, "the block ends inside a match length");
                    }

                    next = *ip++;
                    matchLength += next;
                    if (matchLength > int.MaxValue)
                    {
                        throw Malformed(src, ip, "match length over int.MaxValue");
                    }
                }
                while (next == 255);
            }

            matchLength += MinMatch;
            if (matchLength > (ulong)(outputEnd - op))
            {
                throw OutputOverflow(src, ip, op - dst, matchLength, destinationLength);
            }

            var matchEnd = op + matchLength;
            if (outputEnd - matchEnd < 16)
            {
                while (op < matchEnd)
                {
                    *op++ = *match++;
                }

                continue;
            }

            if (offset >= 16)
            {
                do
                {
                    Copy16(op, match);
                    op += 16;
                    match += 16;
                }
                while (op < matchEnd);

                op = matchEnd;
                continue;
            }

            if (offset < 8)
            {
                // Copy the first 8 bytes one at a time; from then on the output repeats with a period that is a
                // multiple of the offset and at least 8, so whole 8-byte words can be copied from that far back.
                for (var i = 0; i < 8; i++)
                {
                    op[i] = match[i];
                }

                op += 8;
                match = op - ((8 + offset - 1) / offset * offset);
            }

            while (op < matchEnd)
            {
                Write64(op, Read64(match));
                op += 8;
                match += 8;
            }

            op = matchEnd;
        }
    }

    // Copies non-overlapping bytes in 16-byte words, past the end where both buffers have room for it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy(byte* destination, byte* source, uint length, byte* sourceEnd, byte* destinationEnd)
    {
        var end = destination + length;
        if (sourceEnd - (source + length) >= 16 && destinationEnd - end >= 16)
        {
            do
            {
                Copy16(destination, source);
                destination += 16;
                source += 16;
            }
            while (destination < end);

            return;
        }

        while (end - destination >= 16)
        {
            Copy16(destination, source);
            destination += 16;
            source += 16;
        }

        while (destination < end)
        {
            *destination++ = *source++;
        }
    }

    private static InvalidDataException Malformed(byte* src, byte* at, string problem) =>
        new($"Malformed LZ4 block at input offset {at - src}: {problem}");

    private static InvalidDataException LiteralsPastEnd(byte* src, byte* at, uint literalLength, long remaining) =>
        Malformed(src, at, $"{literalLength} literals run past the end of the block ({remaining} bytes left)");

    private static InvalidDataException BadOffset(byte* src, byte* at, uint offset, long written) =>
        Malformed(src, at, offset == 0
            ? "match offset 0"
            : $"match offset {offset} reaches before the start of the output ({written} bytes written)");

    private static InvalidDataException OutputOverflow(byte* src, byte* at, long written, uint length, int capacity) =>
        Malformed(src, at, $"{length} more bytes after {written} would overflow the {capacity}-byte output");

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ulong sequence) =>
        (uint)(((BitConverter.IsLittleEndian ? sequence << 24 : sequence >> 24) * 0x9E3779B97F4A7C15UL) >> (64 - HashLog));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Read32(byte* p) => Unsafe.ReadUnaligned<uint>(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Read64(byte* p) => Unsafe.ReadUnaligned<ulong>(p);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Write64(byte* p, ulong value) => Unsafe.WriteUnaligned(p, value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Copy16(byte* destination, byte* source) =>
        Unsafe.WriteUnaligned(destination, Unsafe.ReadUnaligned<Vector128<byte>>(source));
}
