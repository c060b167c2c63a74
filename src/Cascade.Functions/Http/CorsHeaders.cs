using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;

namespace Cascade.Functions.Http;

/// <summary>
/// The CORS answer of the anonymous browser endpoints, for an origin the application layer allowed. In Azure the
/// platform's CORS settings may answer preflights before the function; when they are not set, this does.
/// </summary>
public static class CorsHeaders
{
    public const string AllowedMethods = "POST, OPTIONS";

    /// <summary>How long a browser may cache a preflight answer.</summary>
    public const int MaxAgeSeconds = 600;

    /// <summary>Adds Access-Control-Allow-Origin (and Vary: Origin) for the request's origin, when it has one.</summary>
    public static void AllowOrigin(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? origin = request.Headers.Origin;
        var headers = request.HttpContext.Response.Headers;
        headers.Append(HeaderNames.Vary, HeaderNames.Origin);
        if (!string.IsNullOrEmpty(origin))
            headers.AccessControlAllowOrigin = origin;
    }

    /// <summary>Answers a preflight: the methods, the requested headers (Content-Type when none were named) and a max age.</summary>
    public static IActionResult Preflight(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        AllowOrigin(request);
        var headers = request.HttpContext.Response.Headers;
        headers.AccessControlAllowMethods = AllowedMethods;
        string? requested = request.Headers.AccessControlRequestHeaders;
        headers.AccessControlAllowHeaders = string.IsNullOrWhiteSpace(requested) ? HeaderNames.ContentType : requested;
        headers.AccessControlMaxAge = MaxAgeSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        headers.Allow = AllowedMethods;
        return new NoContentResult();
    }
}
