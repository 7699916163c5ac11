using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;

namespace BsdfGen.AspNetCore;

/// <summary>
/// An <see cref="IResult"/> that writes a value as a BSDF body (<c>application/x-bsdf</c>); made by
/// <c>Results.Extensions.Bsdf(value)</c> or <see cref="BsdfResults.Bsdf{T}(T, int?)"/>. It describes itself to
/// OpenAPI as producing BSDF, and needs no reflection (native AOT ready).
/// </summary>
/// <typeparam name="T">The static type of the value, whose codec is used.</typeparam>
public sealed class BsdfResult<T> : IResult, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<T>, IContentTypeHttpResult, IEndpointMetadataProvider
{
    internal BsdfResult(T value, int? statusCode)
    {
        Value = value;
        StatusCode = statusCode;
    }

    /// <summary>The value written.</summary>
    public T Value { get; }

    /// <summary>The status code written, or null for the default (200).</summary>
    public int? StatusCode { get; }

    /// <summary>Always <c>application/x-bsdf</c>.</summary>
    public string ContentType => BsdfMediaTypes.Bsdf;

    object? IValueHttpResult.Value => Value;

    /// <inheritdoc />
    public Task ExecuteAsync(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        if (StatusCode is { } status)
        {
            httpContext.Response.StatusCode = status;
        }

        return httpContext.Response.WriteAsBsdfAsync(Value, httpContext.RequestAborted);
    }

    /// <inheritdoc />
    static void IEndpointMetadataProvider.PopulateMetadata(System.Reflection.MethodInfo method, Microsoft.AspNetCore.Builder.EndpointBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), [BsdfMediaTypes.Bsdf]));
    }
}
