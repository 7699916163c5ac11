using System.Buffers.Binary;
using System.Text;

namespace BsdfGen.Cli.Tests.Infrastructure;

/// <summary>Builds BSDF bytes by hand, for inputs the runtime's writer would not produce (open streams, cut-off items, other versions).</summary>
public sealed class WireBytes
{
    private readonly List<byte> _bytes = [];

    public static WireBytes Header(byte major = 2, byte minor = 2) => new WireBytes().Raw("BSDF"u8).Raw(major, minor);

    public WireBytes Raw(params byte[] bytes)
    {
        _bytes.AddRange(bytes);
        return this;
    }

    public WireBytes Raw(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            _bytes.Add(b);
        }

        return this;
    }

    public WireBytes Null() => Raw((byte)'v');

    public WireBytes Int16(short value)
    {
        var bytes = new byte[2];
        BinaryPrimitives.WriteInt16LittleEndian(bytes, value);
        return Raw((byte)'h').Raw(bytes);
    }

    public WireBytes Int64(long value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
        return Raw((byte)'i').Raw(bytes);
    }

    public WireBytes String(string text)
    {
        var utf8 = Encoding.UTF8.GetBytes(text);
        return Raw((byte)'s').Size(utf8.Length).Raw(utf8);
    }

    public WireBytes List(int count) => Raw((byte)'l').Size(count);

    public WireBytes Tagged(char id, string extension)
    {
        var utf8 = Encoding.UTF8.GetBytes(extension);
        return Raw((byte)char.ToUpperInvariant(id)).Size(utf8.Length).Raw(utf8);
    }

    public WireBytes OpenStream() => Raw((byte)'l', 255, 0, 0, 0, 0, 0, 0, 0, 0);

    public WireBytes ClosedStream(long count)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, count);
        return Raw((byte)'l', 254).Raw(bytes);
    }

    public WireBytes Size(long size)
    {
        if (size <= 250)
        {
            return Raw((byte)size);
        }

        var bytes = new byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(bytes, size);
        return Raw(253).Raw(bytes);
    }

    public byte[] ToArray() => [.. _bytes];

    public void Save(string path) => File.WriteAllBytes(path, ToArray());
}
