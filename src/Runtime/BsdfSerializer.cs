using System.Buffers;
using System.IO.Pipelines;
using BsdfGen.Blobs;
using BsdfGen.Dynamic;
using BsdfGen.Extensions;
using BsdfGen.IO;
using BsdfGen.Streams;
using BsdfGen.Threading;
using BsdfGen.Typed;
using BsdfGen.Wire;

namespace BsdfGen;

/// <summary>
/// Holds options and extensions and encodes and decodes with them — the API shape every BSDF
/// implementation shares (<c>encode</c>, <c>decode</c>, <c>save</c>, <c>load</c>, <c>add_extension</c>).
/// Starts with the standard extensions <c>c</c>, <c>ndarray</c>, <c>image2d</c>, <c>image3d</c> and <c>dataframe</c>.
/// Thread-safe; adding or removing an extension affects calls that start afterwards.
/// </summary>
public sealed class BsdfSerializer
{
    private volatile ExtensionRegistry _extensions = ExtensionRegistry.Standard;

    /// <summary>Creates a serializer.</summary>
    /// <param name="options">Options; the defaults when null.</param>
    public BsdfSerializer(BsdfOptions? options = null)
    {
        Options = options ?? BsdfOptions.Default;
        Options.Validate();
    }

    /// <summary>The options used for every call.</summary>
    public BsdfOptions Options { get; }

    /// <summary>The registered extensions, the one tried first when encoding first.</summary>
    public IReadOnlyList<BsdfExtension> Extensions => _extensions.Extensions;

    /// <summary>Adds an extension (replacing one of the same name); it is tried before those added earlier.</summary>
    /// <param name="extension">The extension.</param>
    /// <returns>This serializer, for chaining.</returns>
    public BsdfSerializer AddExtension(BsdfExtension extension)
    {
        ArgumentNullException.ThrowIfNull(extension);
        lock (this)
        {
            _extensions = _extensions.With(extension);
        }

        return this;
    }

    /// <summary>Removes the extension with the given name.</summary>
    /// <param name="name">The extension name.</param>
    /// <returns>Whether an extension was removed.</returns>
    public bool RemoveExtension(string name)
    {
        lock (this)
        {
            if (_extensions.FindByName(name) is null)
            {
                return false;
            }

            _extensions = _extensions.Without(name);
            return true;
        }
    }

    /// <summary>Encodes a value into a new byte array of exactly the encoded size.</summary>
    /// <param name="value">The value.</param>
    public byte[] Encode(object? value) =>
        ExactSizeEncoding.ToArray(new DynamicDocument(this, value));

    /// <summary>Encodes a value into <paramref name="output"/>.</summary>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="value">The value (it must not hold a <see cref="BsdfListStream"/>).</param>
    public void Encode(IBufferWriter<byte> output, object? value)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new BsdfWriter(output);
        EncodeDocument(ref writer, value);
        writer.Flush();
    }

    private void EncodeDocument(ref BsdfWriter writer, object? value)
    {
        var encoder = NewEncoder();
        encoder.EncodeDocument(ref writer, value);
        if (encoder.Stream is not null)
        {
            throw new BsdfException("A BsdfListStream can only be written to a file or a seekable stream (use Save)");
        }
    }

    /// <summary>Writes a value to a stream, starting at its current position.</summary>
    /// <param name="stream">The stream; it must be seekable if the value holds a <see cref="BsdfListStream"/>, which then appends to it.</param>
    /// <param name="value">The value.</param>
    public void Save(Stream stream, object? value)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var encoder = WriteDocument(stream, value);
        if (encoder.Stream is { } listStream)
        {
            if (!stream.CanSeek)
            {
                throw new BsdfException("A BsdfListStream needs a seekable stream, to write its count when closed");
            }

            listStream.Bind(stream, ownsTarget: false, encoder.StreamMarkerPosition, new BsdfContext(Options, _extensions));
        }
    }

    /// <summary>
    /// Writes a value to a file, atomically: the bytes go to a temporary file that replaces
    /// <paramref name="path"/> only once complete. A <see cref="BsdfListStream"/> in the value keeps the
    /// file open for appending until the stream is disposed.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="value">The value.</param>
    public void Save(string path, object? value)
    {
        ArgumentNullException.ThrowIfNull(path);
        var file = AtomicFile.CreateTemporary(path, out var temporary);
        try
        {
            var encoder = WriteDocument(file, value);
            AtomicFile.Commit(file, temporary, path);
            if (encoder.Stream is { } listStream)
            {
                listStream.Bind(file, ownsTarget: true, encoder.StreamMarkerPosition, new BsdfContext(Options, _extensions));
            }
            else
            {
                file.Dispose();
            }
        }
        catch
        {
            AtomicFile.Abandon(file, temporary);
            throw;
        }
    }

    /// <summary>Decodes a value (blobs are always copied out of a span).</summary>
    /// <param name="data">The bytes, header included.</param>
    public object? Decode(ReadOnlySpan<byte> data)
    {
        var reader = new BsdfReader(data);
        return new DynamicDecoder(Options, _extensions, null).DecodeDocument(ref reader);
    }

    /// <summary>
    /// Decodes a value; with <see cref="BsdfOptions.LazyBlobs"/> or <see cref="BsdfOptions.LazyStreams"/>
    /// the returned handles keep referring to <paramref name="data"/>.
    /// </summary>
    /// <param name="data">The bytes, header included.</param>
    public object? Decode(ReadOnlyMemory<byte> data)
    {
        var source = new DecodeSource(data, 0, new MemoryBlobStorage(data, 0), null);
        var reader = new BsdfReader(data.Span);
        return new DynamicDecoder(Options, _extensions, source).DecodeDocument(ref reader);
    }

    /// <summary>Decodes a value (see <see cref="Decode(ReadOnlyMemory{byte})"/>).</summary>
    /// <param name="data">The bytes, header included.</param>
    public object? Decode(byte[] data) => Decode(new ReadOnlyMemory<byte>(data));

    /// <summary>
    /// Decodes a value from the rest of a stream. With <see cref="BsdfOptions.LazyBlobs"/> and a seekable
    /// stream, blobs are handles that read from (and, for a writable stream, edit in place) the stream.
    /// </summary>
    /// <param name="stream">The stream, read to its end.</param>
    public object? Decode(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var origin = stream.CanSeek ? stream.Position : 0;
        if (stream.CanSeek)
        {
            CheckFitsInMemory(stream.Length - origin);
        }

        if (Options.LazyBlobs && stream.CanSeek)
        {
            var bytes = new byte[(int)(stream.Length - origin)];
            stream.ReadExactly(bytes);
            var source = new DecodeSource(bytes, origin, new StreamBlobStorage(stream), null);
            var lazyReader = new BsdfReader(bytes, origin);
            return new DynamicDecoder(Options, _extensions, source).DecodeDocument(ref lazyReader);
        }

        using var input = StreamInput.Read(stream, origin, Options.MaxDepth, leaveBlobsInStream: true);
        var reader = new BsdfReader(input.Data.Span, origin, input.Holes);
        return new DynamicDecoder(Options, _extensions, null).DecodeDocument(ref reader);
    }

    /// <summary>Reads and decodes a whole file.</summary>
    /// <param name="path">The file.</param>
    /// <exception cref="BsdfException">The file is larger than one .NET array (2 GiB): use <see cref="Open"/> instead.</exception>
    public object? Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Options.LazyBlobs || Options.LazyStreams)
        {
            // Lazy handles keep referring to the bytes read.
            CheckFitsInMemory(new FileInfo(path).Length);
            return Decode(File.ReadAllBytes(path));
        }

        using var file = OpenForReading(path);
        CheckFitsInMemory(file.Length);
        return Decode(file);
    }

    /// <summary>Opens a file to decode: unbuffered, as it is read in large pieces (and large blobs straight into their values).</summary>
    private static FileStream OpenForReading(string path) => new(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);

    /// <summary>Fails clearly for input that one array cannot hold, pointing to the APIs that read any size.</summary>
    private static void CheckFitsInMemory(long length)
    {
        if (length > Array.MaxLength)
        {
            throw new BsdfException(
                $"The data is {length} bytes, more than one .NET array holds ({Array.MaxLength}): open the file with Bsdf.Open "
                + "(memory-mapped, any size), or read its list stream with Bsdf.Follow or Bsdf.ReadStreamAsync");
        }
    }

    /// <summary>Opens a file for lazy access (blobs read on demand, optionally edited in place).</summary>
    /// <param name="path">The file.</param>
    /// <param name="access">Read only, or read and edit blobs in place.</param>
    public BsdfFile Open(string path, BsdfFileAccess access = BsdfFileAccess.Read) =>
        BsdfFile.Open(path, access, Options, _extensions);

    /// <summary>
    /// Serializes a typed value (a <c>[BsdfContract]</c> type, its arrays and lists, or a built-in type) into a new byte array
    /// of exactly the encoded size. A value holding a large blob or array is measured first and then written straight into
    /// the result, so its data is copied once.
    /// </summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="value">The value.</param>
    public byte[] Serialize<T>(T value)
    {
        var thread = ThreadCallState.Current;
        return ExactSizeEncoding.ToArray(thread, new TypedValueDocument<T>(this, value, thread));
    }

    /// <summary>Serializes a typed value into <paramref name="output"/>.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="output">Where the bytes go.</param>
    /// <param name="value">The value.</param>
    public void Serialize<T>(IBufferWriter<byte> output, T value)
    {
        ArgumentNullException.ThrowIfNull(output);
        var writer = new BsdfWriter(output);
        WriteTyped(ref writer, value, ThreadCallState.Current);
    }

    /// <summary>Serializes a typed value into a stream.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    public void Serialize<T>(Stream stream, T value)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var sink = new StreamBufferWriter(stream);
        var writer = new BsdfWriter(sink, stream.CanSeek ? stream.Position : 0);
        WriteTyped(ref writer, value, ThreadCallState.Current);
        sink.FlushToStream();
        stream.Flush();
    }

    /// <summary>Serializes a typed value into a stream asynchronously (encoded in memory at its exact size, then written).</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    public async Task SerializeAsync<T>(Stream stream, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var thread = ThreadCallState.Current;
        var buffer = ExactSizeEncoding.ToRentedArray(thread, new TypedValueDocument<T>(this, value, thread), out var length);
        try
        {
            await stream.WriteAsync(buffer.AsMemory(0, length), cancellationToken).ConfigureAwait(false);
            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Serializes a typed value into a file, atomically as <see cref="Save(string, object?)"/> does: the bytes go to a
    /// temporary file that replaces <paramref name="path"/> only once complete. Large arrays and blobs go from the value
    /// to the file directly.
    /// </summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="path">The file.</param>
    /// <param name="value">The value.</param>
    public void SerializeToFile<T>(string path, T value)
    {
        ArgumentNullException.ThrowIfNull(path);
        AtomicFile.Write(path, file => Serialize(file, value));
    }

    /// <summary>Deserializes a typed value from a whole file; large arrays and blobs are read from the file straight into the values returned.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="path">The file.</param>
    /// <exception cref="BsdfException">The file is larger than one .NET array (2 GiB): use <see cref="Open"/> instead.</exception>
    public T DeserializeFromFile<T>(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var file = OpenForReading(path);
        CheckFitsInMemory(file.Length);
        return Deserialize<T>(file);
    }

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    public T Deserialize<T>(ReadOnlySpan<byte> data)
    {
        var reader = new BsdfReader(data);
        return ReadTyped<T>(ref reader);
    }

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    public T Deserialize<T>(ReadOnlyMemory<byte> data) => Deserialize<T>(data.Span);

    /// <summary>Deserializes a typed value.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    public T Deserialize<T>(byte[] data) => Deserialize<T>(data.AsSpan());

    /// <summary>Deserializes a typed value from bytes in one or more segments (as pipes and gRPC deliver them).</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="data">The bytes, header included.</param>
    public T Deserialize<T>(ReadOnlySequence<byte> data)
    {
        var reader = new BsdfReader(data);
        return ReadTyped<T>(ref reader);
    }

    /// <summary>
    /// Deserializes a typed value from the rest of a stream. From a seekable stream (a file) the data of large arrays and
    /// blobs is read straight into the values returned, without passing through a buffer.
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="stream">The stream.</param>
    public T Deserialize<T>(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var input = StreamInput.Read(stream, 0, Options.MaxDepth, leaveBlobsInStream: true);
        var reader = new BsdfReader(input.Data.Span, 0, input.Holes);
        return ReadTyped<T>(ref reader);
    }

    /// <summary>
    /// Deserializes a typed value from the rest of a stream, reading it asynchronously. From a seekable stream of 1 MiB or
    /// more (a file), the data of large arrays and blobs is read straight into the values returned, as
    /// <see cref="Deserialize{T}(Stream)"/> does, on a thread-pool thread.
    /// </summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the read (before it starts, for a large seekable stream).</param>
    public async Task<T> DeserializeAsync<T>(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (StreamInput.LeavesBlobsInStream(stream))
        {
            // Reading it whole first would copy each payload twice and leave a buffer of the stream's size in the pool.
            return await Task.Run(() => Deserialize<T>(stream), cancellationToken).ConfigureAwait(false);
        }

        using var input = await StreamInput.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        return Deserialize<T>(input.Data.Span);
    }

    /// <summary>
    /// The calling thread's context for this serializer's options and extensions, reused across calls so that
    /// serializing into a reused buffer allocates nothing; a nested call gets a fresh one.
    /// </summary>
    private BsdfContext RentContext(ThreadCallState thread)
    {
        var extensions = _extensions;
        var cached = thread.Context;
        if (cached is null || cached.InUse || !cached.Serves(Options, extensions))
        {
            cached = new BsdfContext(Options, extensions);
            if (thread.Context is null || !thread.Context.InUse)
            {
                thread.Context = cached;
            }
        }

        return cached.Acquire();
    }

    /// <summary>Serializes a typed value into a pipe and flushes it.</summary>
    /// <typeparam name="T">The static type, whose codec is used.</typeparam>
    /// <param name="pipe">The pipe writer (written through its <see cref="IBufferWriter{T}"/> side, without copies).</param>
    /// <param name="value">The value.</param>
    /// <param name="cancellationToken">Cancels the flush.</param>
    public async ValueTask SerializeAsync<T>(PipeWriter pipe, T value, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        Serialize(pipe, value);
        await pipe.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Deserializes a typed value from everything a pipe delivers until it completes.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="pipe">The pipe reader.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<T> DeserializeAsync<T>(PipeReader pipe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        while (true)
        {
            var result = await pipe.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (result.IsCompleted || result.IsCanceled)
            {
                try
                {
                    return Deserialize<T>(result.Buffer);
                }
                finally
                {
                    // Consumed even when the data is invalid, so the pipe's owner can go on (a server drains the rest of a bad body).
                    pipe.AdvanceTo(result.Buffer.End);
                }
            }

            pipe.AdvanceTo(result.Buffer.Start, result.Buffer.End);
        }
    }

    /// <summary>
    /// Yields the items of the data's list stream (or, without one, of its root list) as they arrive,
    /// without holding the whole data in memory: for reading a long run as it is written or downloaded.
    /// </summary>
    /// <typeparam name="T">The item type (<c>object</c> for the dynamic model).</typeparam>
    /// <param name="stream">The stream.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public IAsyncEnumerable<T> ReadStreamAsync<T>(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        return AsyncStreamReading.ReadItems<T>(stream, Options, _extensions, cancellationToken);
    }

    /// <summary>Yields the items of the data's list stream as a pipe delivers them (see <see cref="ReadStreamAsync{T}(Stream, CancellationToken)"/>).</summary>
    /// <typeparam name="T">The item type (<c>object</c> for the dynamic model).</typeparam>
    /// <param name="pipe">The pipe reader.</param>
    /// <param name="cancellationToken">Cancels the reading.</param>
    public IAsyncEnumerable<T> ReadStreamAsync<T>(PipeReader pipe, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pipe);
        return ReadStreamAsync<T>(pipe.AsStream(), cancellationToken);
    }

    /// <summary>Follows a file whose list stream is still being appended to (see <see cref="BsdfStreamFollower"/>).</summary>
    /// <param name="path">The file.</param>
    public BsdfStreamFollower Follow(string path) => new(path, Options, _extensions);

    private void WriteTyped<T>(ref BsdfWriter writer, T value, ThreadCallState thread)
    {
        new TypedValueDocument<T>(this, value, thread).Write(ref writer);
        writer.Flush();
    }

    private T ReadTyped<T>(ref BsdfReader reader)
    {
        var thread = ThreadCallState.Current;
        var context = RentContext(thread);
        try
        {
            return TypedDocument.Read<T>(ref reader, context, thread);
        }
        finally
        {
            context.Release();
        }
    }

    private DynamicEncoder NewEncoder() => new(Options, _extensions);

    private DynamicEncoder WriteDocument(Stream stream, object? value)
    {
        var encoder = NewEncoder();
        using var sink = new StreamBufferWriter(stream);
        var writer = new BsdfWriter(sink, stream.CanSeek ? stream.Position : 0);
        encoder.EncodeDocument(ref writer, value);
        writer.Flush();
        sink.FlushToStream();
        stream.Flush();
        return encoder;
    }

    /// <summary>A typed value written through its codec, as <see cref="Serialize{T}(T)"/> writes it.</summary>
    private readonly struct TypedValueDocument<T>(BsdfSerializer serializer, T value, ThreadCallState thread) : ExactSizeEncoding.IDocument
    {
        public void Write(ref BsdfWriter writer)
        {
            // In this type over T, not in generic methods of the serializer: in shared generic code each generic method
            // inlined on the way to the codec cost a dependent lookup of its own dictionary.
            var context = serializer.RentContext(thread);
            try
            {
                writer.WriteHeader();
                TypedDocument.WriteValue(ref writer, value, context);
            }
            finally
            {
                context.Release();
            }
        }
    }

    /// <summary>A value written through the dynamic model, as <see cref="Encode(object?)"/> writes it.</summary>
    private readonly struct DynamicDocument(BsdfSerializer serializer, object? value) : ExactSizeEncoding.IDocument
    {
        public void Write(ref BsdfWriter writer) => serializer.EncodeDocument(ref writer, value);
    }
}
