using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace BsdfGen.AspNetCore;

/// <summary>
/// Answers a <see cref="BadHttpRequestException"/> that escaped an endpoint — such as a malformed BSDF body read by
/// <see cref="BsdfHttpRequestExtensions.ReadFromBsdfAsync{T}(HttpRequest, CancellationToken)"/> — with its status
/// code (400, 413, 415) and a problem-details body whose detail is the exception's message (JSON even when the
/// client's <c>Accept</c> header names only BSDF).
/// </summary>
internal sealed class BsdfBadRequestHandler(IProblemDetailsService problemDetails) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException badRequest || httpContext.Response.HasStarted)
        {
            return false;
        }

        httpContext.Response.StatusCode = badRequest.StatusCode;
        var written = await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = new ProblemDetails { Status = badRequest.StatusCode, Detail = badRequest.Message },
        }).ConfigureAwait(false);
        if (!written)
        {
            // The client accepts only other types (a BSDF client sends Accept: application/x-bsdf): say what was wrong all the same.
            await TypedResults.Problem(badRequest.Message, statusCode: badRequest.StatusCode).ExecuteAsync(httpContext).ConfigureAwait(false);
        }

        return true;
    }
}
