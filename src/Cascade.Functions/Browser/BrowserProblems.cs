using Cascade.App.Validation;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Browser;

/// <summary>The problem details the browser endpoints answer with (RFC 9457).</summary>
public static class BrowserProblems
{
    public static ObjectResult OriginNotAllowed(string? origin) => ProblemResults.Create(
        StatusCodes.Status403Forbidden, "https://tools.ietf.org/html/rfc9110#section-15.5.4", "Forbidden",
        string.IsNullOrEmpty(origin)
            ? "Only pages of the allowed websites may send events (no Origin header)."
            : $"The origin {origin} is not in Cascade:Forms:AllowedOrigins.");

    public static ObjectResult TooLarge(int maxBytes) => ProblemResults.Create(
        StatusCodes.Status413PayloadTooLarge, "https://tools.ietf.org/html/rfc9110#section-15.5.14", "Content Too Large",
        $"The body must be at most {maxBytes / 1024} KiB.");

    public static ObjectResult TooManyRequests(int retryAfterSeconds) => ProblemResults.Create(
        StatusCodes.Status429TooManyRequests, "https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests",
        $"Too many events from this visitor or address; retry after {retryAfterSeconds} s.");

    public static ObjectResult Invalid(ValidationErrors errors)
    {
        var problem = new ValidationProblemDetails(errors.ToDictionary().ToDictionary(e => e.Key, e => e.Value))
        {
            Type = "https://tools.ietf.org/html/rfc9110#section-15.5.1",
            Title = "One or more fields are invalid.",
            Status = StatusCodes.Status400BadRequest,
            Detail = "The body is not a valid event or batch of events; nothing was stored.",
        };
        return new ObjectResult(problem) { StatusCode = StatusCodes.Status400BadRequest, ContentTypes = { "application/problem+json" } };
    }
}
