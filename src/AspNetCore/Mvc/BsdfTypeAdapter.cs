using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.IO.Pipelines;
using BsdfGen.Typed;
using Microsoft.AspNetCore.Http;

namespace BsdfGen.AspNetCore.Mvc;

/// <summary>
/// The typed BSDF calls for a type known only at run time, as MVC hands it to formatters: one generic adapter per
/// type, made once by reflection (which is why MVC support, like MVC itself, is not for native AOT).
/// </summary>
internal abstract class BsdfTypeAdapter
{
    private const string Reason = "MVC formatters make a generic adapter for each model type at run time.";
    private static readonly ConcurrentDictionary<Type, BsdfTypeAdapter?> Adapters = new();

    /// <summary>The adapter of <paramref name="type"/>, or null when BsdfGen has no codec for it.</summary>
    [RequiresUnreferencedCode(Reason)]
    [RequiresDynamicCode(Reason)]
    public static BsdfTypeAdapter? For(Type type) => Adapters.GetOrAdd(type, static type =>
    {
        var adapter = (BsdfTypeAdapter)Activator.CreateInstance(typeof(Adapter<>).MakeGenericType(type))!;
        return adapter.HasCodec ? adapter : null;
    });

    protected abstract bool HasCodec { get; }

    public abstract ValueTask<object?> ReadAsync(PipeReader body, BsdfOptions options, CancellationToken cancellationToken);

    public abstract Task WriteAsync(HttpResponse response, object? value, CancellationToken cancellationToken);

    private sealed class Adapter<T> : BsdfTypeAdapter
    {
        protected override bool HasCodec => BsdfCodecRegistry.IsRegistered<T>();

        public override async ValueTask<object?> ReadAsync(PipeReader body, BsdfOptions options, CancellationToken cancellationToken) =>
            await Bsdf.DeserializeAsync<T>(body, options, cancellationToken).ConfigureAwait(false);

        public override Task WriteAsync(HttpResponse response, object? value, CancellationToken cancellationToken) =>
            response.WriteAsBsdfAsync((T)value!, cancellationToken);
    }
}
