using System.Net;
using System.Net.Http.Headers;
using BsdfGen.IO;

namespace BsdfGen.Http;

/// <summary>
/// An <see cref="HttpContent"/> holding one value as BSDF (media type <c>application/x-bsdf</c>). The value is
/// encoded once, when the content is first sent or measured, into pooled memory that goes straight to the network
/// and back to the pool when the content is disposed: no second copy, and a <c>Content-Length</c> header.
/// </summary>
public abstract class BsdfContent : HttpContent
{
    /// <summary>The media type of BSDF bodies.</summary>
    public const string MediaType = "application/x-bsdf";

    private protected BsdfContent()
    {
        Headers.ContentType = new MediaTypeHeaderValue(MediaType);
    }

    /// <summary>Content that holds <paramref name="value"/>, encoded with the codec of <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The static type of the value (a <c>[BsdfContract]</c> type, its arrays and lists, or a built-in type).</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="options">Encoding options; the defaults when null.</param>
    public static BsdfContent Create<T>(T value, BsdfOptions? options = null) => new TypedContent<T>(value, options);

    private sealed class TypedContent<T> : BsdfContent
    {
        private readonly T _value;
        private readonly BsdfOptions? _options;
        private PooledBufferWriter? _encoded;

        public TypedContent(T value, BsdfOptions? options)
        {
            _value = value;
            _options = options;
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
            SerializeToStreamAsync(stream, context, CancellationToken.None);

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            await stream.WriteAsync(Encoded().WrittenMemory, cancellationToken).ConfigureAwait(false);

        protected override void SerializeToStream(Stream stream, TransportContext? context, CancellationToken cancellationToken) =>
            stream.Write(Encoded().WrittenSpan);

        protected override bool TryComputeLength(out long length)
        {
            length = Encoded().WrittenCount;
            return true;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _encoded?.Dispose();
                _encoded = null;
            }

            base.Dispose(disposing);
        }

        private PooledBufferWriter Encoded()
        {
            if (_encoded is null)
            {
                var buffer = new PooledBufferWriter();
                Bsdf.Serialize(buffer, _value, _options);
                _encoded = buffer;
            }

            return _encoded;
        }
    }
}
