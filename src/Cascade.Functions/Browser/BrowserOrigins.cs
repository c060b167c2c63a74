using Cascade.App.Configuration;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Cascade.Functions.Browser;

/// <summary>
/// CORS for the browser endpoints: the origins of <c>Cascade:Forms:AllowedOrigins</c> (the websites that carry
/// the snippet and the forms) may post; <c>*</c> in the list allows any. A request without an Origin is not from
/// a page of an allowed site and is refused like a foreign one. In Azure, leave the Function App's platform CORS
/// list empty, or it answers preflights before this code sees them.
/// </summary>
public sealed class BrowserOrigins(IOptions<CascadeOptions> options)
{
    private readonly HashSet<string> allowed = new(
        options.Value.Forms.AllowedOriginList.Select(o => o.TrimEnd('/')), StringComparer.OrdinalIgnoreCase);

    public bool IsAllowed(string? origin) =>
        !string.IsNullOrEmpty(origin) && (allowed.Contains("*") || allowed.Contains(origin.TrimEnd('/')));

    /// <summary>Lets the page read the answer; Vary keeps caches from serving one site's answer to another.</summary>
    public static void AllowResponse(HttpResponse response, string origin)
    {
        response.Headers.AccessControlAllowOrigin = origin;
        response.Headers.Vary = "Origin";
    }

    /// <summary>The answer to a preflight: POST with a JSON Content-Type, remembered for a day.</summary>
    public static void AllowPreflight(HttpResponse response, string origin)
    {
        AllowResponse(response, origin);
        response.Headers.AccessControlAllowMethods = "POST, OPTIONS";
        response.Headers.AccessControlAllowHeaders = "Content-Type";
        response.Headers.AccessControlMaxAge = "86400";
    }
}
