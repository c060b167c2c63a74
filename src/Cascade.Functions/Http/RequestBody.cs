using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Cascade.Functions.Http;

/// <summary>Reads request bodies within a size limit and tells which media type they claim to be.</summary>
public static class RequestBody
{
    /// <summary>
    /// The whole body, or null when it exceeds <paramref name="maxBytes"/>: refused by Content-Length before
    /// reading, or as soon as a chunked body passes the limit, so an oversized body is never held in memory.
    /// </summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.ContentLength > maxBytes)
            return null;
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>
    /// True for <c>application/json</c>, <c>text/json</c> and <c>application/*+json</c>, and for a body without a
    /// Content-Type (automation tools often send none; the body is then read as JSON and refused if it is not).
    /// </summary>
    public static bool IsJson(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (string.IsNullOrEmpty(request.ContentType))
            return true;
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type))
            return false;
        var media = type.MediaType.Value ?? string.Empty;
        return media.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.Equals("text/json", StringComparison.OrdinalIgnoreCase)
            || (media.StartsWith("application/", StringComparison.OrdinalIgnoreCase) && media.EndsWith("+json", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Whether the request's Accept header names <paramref name="mediaType"/> (wildcards do not count).</summary>
    public static bool Accepts(HttpRequest request, string mediaType)
    {
        ArgumentNullException.ThrowIfNull(request);
        return MediaTypeHeaderValue.TryParseList(request.Headers.Accept, out var accepted)
            && accepted.Any(a => a.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) && a.Quality is not 0);
    }

    /// <summary>The 415 answer of an endpoint that reads JSON.</summary>
    public static Microsoft.AspNetCore.Mvc.ObjectResult NotJson(HttpRequest request) =>
        ProblemResults.UnsupportedMediaType($"The body must be application/json, not {request.ContentType}.");
}
