using Microsoft.AspNetCore.Http;

namespace BsdfGen.AspNetCore;

/// <summary>
/// BSDF results for minimal APIs: <c>Results.Extensions.Bsdf(value)</c> where an <see cref="IResult"/> is wanted,
/// <see cref="Bsdf{T}(T, int?)"/> where a typed result is (as <c>TypedResults</c> gives, for <c>Results&lt;…&gt;</c> unions
/// and OpenAPI).
/// </summary>
public static class BsdfResults
{
    /// <summary>A typed result that writes <paramref name="value"/> as a BSDF body.</summary>
    /// <typeparam name="T">The static type of the value, whose codec is used.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="statusCode">The status code; 200 when null.</param>
    public static BsdfResult<T> Bsdf<T>(T value, int? statusCode = null) => new(value, statusCode);

    /// <summary>A result that writes <paramref name="value"/> as a BSDF body: <c>Results.Extensions.Bsdf(value)</c>.</summary>
    /// <typeparam name="T">The static type of the value, whose codec is used.</typeparam>
    /// <param name="extensions">The <c>Results.Extensions</c> entry point.</param>
    /// <param name="value">The value.</param>
    /// <param name="statusCode">The status code; 200 when null.</param>
    public static IResult Bsdf<T>(this IResultExtensions extensions, T value, int? statusCode = null)
    {
        ArgumentNullException.ThrowIfNull(extensions);
        return new BsdfResult<T>(value, statusCode);
    }
}
