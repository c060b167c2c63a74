using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Browser;

/// <summary>The problem details only the browser endpoints answer with (RFC 9457).</summary>
public static class BrowserProblems
{
    public static ObjectResult OriginNotAllowed(string? origin) => ProblemResults.Forbidden(
        string.IsNullOrEmpty(origin)
            ? "Only pages of the allowed websites may send events (the request has no Origin)."
            : $"Origin {origin} may not send events here (Cascade:Forms:AllowedOrigins).");

    public static ObjectResult TooManyRequests(int retryAfterSeconds) => ProblemResults.Create(
        StatusCodes.Status429TooManyRequests, "https://tools.ietf.org/html/rfc6585#section-4", "Too Many Requests",
        $"Too many events from this visitor or address; retry after {retryAfterSeconds} s.");
}
