using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Mvc.Formatters;

namespace BsdfGen.AspNetCore.Mvc;

/// <summary>
/// Binds <c>[FromBody]</c> parameters from <c>application/x-bsdf</c> bodies. A malformed body becomes a model
/// error naming the byte offset, which <c>[ApiController]</c> answers with a 400 validation problem.
/// </summary>
public sealed class BsdfInputFormatter : InputFormatter
{
    private const string Reason = "MVC formatters make a generic adapter for each model type at run time.";
    private readonly BsdfOptions _options;

    /// <summary>Creates the formatter.</summary>
    /// <param name="options">Decoding options and limits; <see cref="BsdfOptions.Untrusted"/> when null.</param>
    [RequiresUnreferencedCode(Reason)]
    [RequiresDynamicCode(Reason)]
    public BsdfInputFormatter(BsdfOptions? options = null)
    {
        _options = options ?? BsdfOptions.Untrusted;
        SupportedMediaTypes.Add(BsdfMediaTypes.Bsdf);
    }

    /// <inheritdoc />
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries the requirement.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries the requirement.")]
    protected override bool CanReadType(Type type) => BsdfTypeAdapter.For(type) is not null;

    /// <inheritdoc />
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The constructor carries the requirement.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "The constructor carries the requirement.")]
    public override async Task<InputFormatterResult> ReadRequestBodyAsync(InputFormatterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var adapter = BsdfTypeAdapter.For(context.ModelType)!;
        var http = context.HttpContext;
        try
        {
            return await InputFormatterResult.SuccessAsync(await adapter.ReadAsync(http.Request.BodyReader, _options, http.RequestAborted).ConfigureAwait(false))
                .ConfigureAwait(false);
        }
        catch (BsdfException error)
        {
            context.ModelState.TryAddModelError(context.ModelName, BsdfRequestBody.InvalidBodyMessage(error));
            return await InputFormatterResult.FailureAsync().ConfigureAwait(false);
        }
    }
}
