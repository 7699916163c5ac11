using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace BsdfGen.AspNetCore.Mvc;

/// <summary>Writes action results as <c>application/x-bsdf</c> when the request's <c>Accept</c> header asks for it.</summary>
public sealed class BsdfOutputFormatter : OutputFormatter
{
    private const string Reason = "MVC formatters make a generic adapter for each model type at run time.";

    /// <summary>Creates the formatter.</summary>
    [RequiresUnreferencedCode(Reason)]
    [RequiresDynamicCode(Reason)]
    public BsdfOutputFormatter()
    {
        SupportedMediaTypes.Add(BsdfMediaTypes.Bsdf);
    }

    /// <inheritdoc />
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries the requirement.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries the requirement.")]
    protected override bool CanWriteType(Type? type) => type is not null && BsdfTypeAdapter.For(type) is not null;

    /// <inheritdoc />
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries the requirement.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries the requirement.")]
    public override Task WriteResponseBodyAsync(OutputFormatterWriteContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adapter = BsdfTypeAdapter.For(context.ObjectType ?? context.Object?.GetType() ?? typeof(object))!;
        return adapter.WriteAsync(context.HttpContext.Response, context.Object, context.HttpContext.RequestAborted);
    }
}
