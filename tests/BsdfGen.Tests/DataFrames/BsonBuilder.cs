using System.Buffers.Binary;
using System.Text;

namespace BsdfGen.Tests.DataFrames;

/// <summary>
/// Builds expected BSON bytes from the canonical extended JSON the specification prints (an oracle written apart
/// from the runtime's writer): <c>Binary</c> is <c>{"$binary": …, subType 00}</c>, <c>NumberLong</c> is <c>$numberLong</c>,
/// an <see cref="int"/> is <c>$numberInt</c>, a string is a string, <see cref="Document"/> and <see cref="Array"/> nest.
/// </summary>
public static class BsonBuilder
{
    public sealed record Binary(string Base64);

    public sealed record NumberLong(long Value);

    public static byte[] Document(params (string Key, object Value)[] elements)
    {
        var body = new List<byte>();
        foreach (var (key, value) in elements)
        {
            var (type, payload) = Encode(value);
            body.Add(type);
            body.AddRange(Encoding.UTF8.GetBytes(key));
            body.Add(0);
            body.AddRange(payload);
        }

        body.Add(0);
        return [.. Int32(body.Count + 4), .. body];
    }

    public static byte[] Array(params byte[][] documents) =>
        Document(documents.Select((document, index) => (index.ToString(System.Globalization.CultureInfo.InvariantCulture), (object)new Embedded(document))).ToArray());

    /// <summary>An already built document or array, embedded as a value.</summary>
    public sealed record Embedded(byte[] Bytes, bool IsArray = false);

    private static (byte Type, byte[] Payload) Encode(object value) => value switch
    {
        Binary binary => (0x05, [.. Int32(Convert.FromBase64String(binary.Base64).Length), 0x00, .. Convert.FromBase64String(binary.Base64)]),
        NumberLong number => (0x12, BitConverter.GetBytes(number.Value)),
        int number => (0x10, Int32(number)),
        string text => (0x02, [.. Int32(Encoding.UTF8.GetByteCount(text) + 1), .. Encoding.UTF8.GetBytes(text), 0x00]),
        Embedded { IsArray: true } array => (0x04, array.Bytes),
        Embedded document => (0x03, document.Bytes),
        _ => throw new ArgumentException($"no BSON form for {value.GetType().Name}"),
    };

    private static byte[] Int32(int value)
    {
        var bytes = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        return bytes;
    }
}
