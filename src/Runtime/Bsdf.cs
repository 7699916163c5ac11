using System.Buffers;

namespace BsdfGen;

/// <summary>
/// One-call encoding and decoding of dynamic values with the standard extensions, as the reference
/// implementation's module functions. For custom extensions use a <see cref="BsdfSerializer"/>.
/// </summary>
public static class Bsdf
{
    private static readonly BsdfSerializer DefaultSerializer = new();

    /// <summary>Encodes a value into a new byte array.</summary>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static byte[] Encode(object? value, BsdfOptions? options = null) => For(options).Encode(value);

    /// <summary>Encodes a value into <paramref name="output"/>.</summary>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void Encode(IBufferWriter<byte> output, object? value, BsdfOptions? options = null) => For(options).Encode(output, value);

    /// <summary>Decodes a value.</summary>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static object? Decode(ReadOnlySpan<byte> data, BsdfOptions? options = null) => For(options).Decode(data);

    /// <summary>Decodes a value; lazy handles (when asked for) keep referring to <paramref name="data"/>.</summary>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static object? Decode(ReadOnlyMemory<byte> data, BsdfOptions? options = null) => For(options).Decode(data);

    /// <summary>Decodes a value; lazy handles (when asked for) keep referring to <paramref name="data"/>.</summary>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static object? Decode(byte[] data, BsdfOptions? options = null) => For(options).Decode(data);

    /// <summary>Decodes a value from the rest of a stream.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static object? Decode(Stream stream, BsdfOptions? options = null) => For(options).Decode(stream);

    /// <summary>Writes a value to a file atomically (see <see cref="BsdfSerializer.Save(string, object?)"/>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void Save(string path, object? value, BsdfOptions? options = null) => For(options).Save(path, value);

    /// <summary>Writes a value to a stream (see <see cref="BsdfSerializer.Save(Stream, object?)"/>).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void Save(Stream stream, object? value, BsdfOptions? options = null) => For(options).Save(stream, value);

    /// <summary>Reads and decodes a whole file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static object? Load(string path, BsdfOptions? options = null) => For(options).Load(path);

    private static BsdfSerializer For(BsdfOptions? options) =>
        options is null || ReferenceEquals(options, BsdfOptions.Default) ? DefaultSerializer : new BsdfSerializer(options);
}
