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

    /// <summary>
    /// Opens a file through a memory map (see <see cref="BsdfFile"/>): blobs are read on demand and
    /// uncompressed blobs and ndarrays are views of the mapped file, valid until the file is disposed.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="access">Read only (views are copy-on-write), or read and write (views and blob edits reach the file).</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static BsdfFile Open(string path, BsdfFileAccess access = BsdfFileAccess.Read, BsdfOptions? options = null) =>
        For(options).Open(path, access);

    /// <summary>Serializes a typed value (a <c>[BsdfContract]</c> type, its arrays and lists, or a built-in type) into a new byte array.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static byte[] Serialize<T>(T value, BsdfOptions? options = null) => For(options).Serialize(value);

    /// <summary>Serializes a typed value into <paramref name="output"/>.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void Serialize<T>(IBufferWriter<byte> output, T value, BsdfOptions? options = null) => For(options).Serialize(output, value);

    /// <summary>Serializes a typed value into a stream.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void Serialize<T>(Stream stream, T value, BsdfOptions? options = null) => For(options).Serialize(stream, value);

    /// <summary>Serializes a typed value into a stream asynchronously.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public static Task SerializeAsync<T>(Stream stream, T value, BsdfOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).SerializeAsync(stream, value, cancellationToken);

    /// <summary>Serializes a typed value into a file, atomically (see <see cref="BsdfSerializer.SerializeToFile{T}(string, T)"/>).</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static void SerializeToFile<T>(string path, T value, BsdfOptions? options = null) => For(options).SerializeToFile(path, value);

    /// <summary>Deserializes a typed value from a whole file (see <see cref="BsdfSerializer.DeserializeFromFile{T}(string)"/>).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static T DeserializeFromFile<T>(string path, BsdfOptions? options = null) => For(options).DeserializeFromFile<T>(path);

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static T Deserialize<T>(ReadOnlySpan<byte> data, BsdfOptions? options = null) => For(options).Deserialize<T>(data);

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static T Deserialize<T>(ReadOnlyMemory<byte> data, BsdfOptions? options = null) => For(options).Deserialize<T>(data);

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static T Deserialize<T>(byte[] data, BsdfOptions? options = null) => For(options).Deserialize<T>(data);

    /// <summary>Deserializes a typed value from bytes in one or more segments (as pipes and gRPC deliver them).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    /// <param name="options">Decoding options; the defaults when null.</param>
    public static T Deserialize<T>(System.Buffers.ReadOnlySequence<byte> data, BsdfOptions? options = null) => For(options).Deserialize<T>(data);

    /// <summary>Deserializes a typed value from the rest of a stream.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static T Deserialize<T>(Stream stream, BsdfOptions? options = null) => For(options).Deserialize<T>(stream);

    /// <summary>Deserializes a typed value from the rest of a stream, reading it asynchronously.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static Task<T> DeserializeAsync<T>(Stream stream, BsdfOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).DeserializeAsync<T>(stream, cancellationToken);

    /// <summary>Serializes a typed value into a pipe and flushes it.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="pipe">The pipe writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the flush.</param>
    public static ValueTask SerializeAsync<T>(System.IO.Pipelines.PipeWriter pipe, T value, BsdfOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).SerializeAsync(pipe, value, cancellationToken);

    /// <summary>Deserializes a typed value from everything a pipe delivers until it completes.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="pipe">The pipe reader.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public static ValueTask<T> DeserializeAsync<T>(System.IO.Pipelines.PipeReader pipe, BsdfOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).DeserializeAsync<T>(pipe, cancellationToken);

    /// <summary>Yields the items of the data's list stream (or root list) as they arrive, without holding the whole data.</summary>
    /// <typeparam name="T">The item type (<c>object</c> for the dynamic model).</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="options">Options; the defaults when null.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public static IAsyncEnumerable<T> ReadStreamAsync<T>(Stream stream, BsdfOptions? options = null, CancellationToken cancellationToken = default) =>
        For(options).ReadStreamAsync<T>(stream, cancellationToken);

    /// <summary>Follows a file whose list stream another process is still appending to.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">Options; the defaults when null.</param>
    public static BsdfStreamFollower Follow(string path, BsdfOptions? options = null) => For(options).Follow(path);

    private static BsdfSerializer For(BsdfOptions? options) =>
        options is null || ReferenceEquals(options, BsdfOptions.Default) ? DefaultSerializer : new BsdfSerializer(options);
}
