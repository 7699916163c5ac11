using Grpc.Core;

namespace BsdfGen.Grpc;

/// <summary>gRPC marshallers that carry messages as BSDF, written and read by BsdfGen's generated codecs (no reflection).</summary>
public static class BsdfMarshaller
{
    /// <summary>
    /// A marshaller for <typeparamref name="T"/>: messages are serialized straight into gRPC's buffer and read from
    /// its payload segments. A message that is not valid BSDF fails the call with <see cref="StatusCode.InvalidArgument"/>
    /// and a detail naming the byte offset; reading uses <see cref="BsdfOptions.Untrusted"/> limits unless
    /// <paramref name="options"/> says otherwise.
    /// </summary>
    /// <typeparam name="T">A type BsdfGen can serialize (a <c>[BsdfContract]</c> type, its arrays and lists, or a built-in type).</typeparam>
    /// <param name="options">Encoding and decoding options; null for the defaults when writing and <see cref="BsdfOptions.Untrusted"/> when reading.</param>
    public static Marshaller<T> Create<T>(BsdfOptions? options = null)
    {
        var readOptions = options ?? BsdfOptions.Untrusted;
        return Marshallers.Create<T>(
            (value, context) =>
            {
                Bsdf.Serialize(context.GetBufferWriter(), value, options);
                context.Complete();
            },
            context =>
            {
                try
                {
                    return Bsdf.Deserialize<T>(context.PayloadAsReadOnlySequence(), readOptions);
                }
                catch (BsdfException error)
                {
                    throw new RpcException(new Status(StatusCode.InvalidArgument, $"The message is not valid BSDF: {error.Message}", error));
                }
            });
    }
}
