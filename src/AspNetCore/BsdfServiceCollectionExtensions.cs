using BsdfGen.AspNetCore;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers BSDF error handling.</summary>
public static class BsdfServiceCollectionExtensions
{
    /// <summary>
    /// Makes bad request bodies client errors with a problem-details body: a malformed BSDF body (or any other
    /// <c>BadHttpRequestException</c>) is answered with its status code (400 for malformed BSDF, naming the byte
    /// offset) instead of a 500. Also call <c>app.UseExceptionHandler()</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddBsdfProblemDetails(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddProblemDetails();
        services.AddExceptionHandler<BsdfBadRequestHandler>();
        return services;
    }
}
