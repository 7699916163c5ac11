using System.Diagnostics.CodeAnalysis;
using BsdfGen.AspNetCore;
using BsdfGen.AspNetCore.Mvc;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Adds BSDF to MVC.</summary>
public static class BsdfMvcBuilderExtensions
{
    private const string Reason = "MVC formatters make a generic adapter for each model type at run time.";

    /// <summary>
    /// Adds the BSDF input and output formatters: <c>[FromBody]</c> contracts bind from <c>application/x-bsdf</c>
    /// bodies (read with <see cref="BsdfGen.BsdfOptions.Untrusted"/> limits), and actions answer BSDF when the <c>Accept</c>
    /// header asks for it (JSON stays the default), also for <c>?format=bsdf</c> with <c>[FormatFilter]</c>.
    /// </summary>
    /// <param name="builder">The MVC builder of <c>AddControllers()</c>.</param>
    [RequiresUnreferencedCode(Reason)]
    [RequiresDynamicCode(Reason)]
    public static IMvcBuilder AddBsdfFormatters(this IMvcBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMvcOptions(options =>
        {
            options.InputFormatters.Add(new BsdfInputFormatter());
            options.OutputFormatters.Add(new BsdfOutputFormatter());
            options.FormatterMappings.SetMediaTypeMappingForFormat("bsdf", BsdfMediaTypes.Bsdf);
        });
    }
}
