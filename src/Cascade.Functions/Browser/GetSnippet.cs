using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Browser;

/// <summary>
/// GET /api/cascade.js: the website snippet, anonymous. Cached for an hour by browsers and CDNs, then
/// revalidated by ETag (304), so a new version reaches visitors within the hour.
/// </summary>
public sealed class GetSnippet(SnippetFile snippet)
{
    [Function(nameof(GetSnippet))]
    public IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cascade.js")] HttpRequest request)
    {
        var headers = request.HttpContext.Response.Headers;
        headers.ETag = snippet.ETag;
        headers.CacheControl = "public, max-age=3600";
        headers.XContentTypeOptions = "nosniff";
        if (snippet.Matches(request.Headers.IfNoneMatch))
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        return new FileContentResult(snippet.Content, "text/javascript; charset=utf-8");
    }
}
