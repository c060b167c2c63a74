using System.Globalization;
using Cascade.App.Collect;
using Cascade.Functions.Http;
using Cascade.Functions.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Browser;

/// <summary>
/// POST /api/collect: page views and custom events from the website snippet, anonymous. Answers the CORS
/// preflight of the allowed origins; 403 for others, 413 above 16 KiB, 429 with Retry-After over the limits,
/// 400 for a bad event, 202 once queued (and 202 for bots, whose events are dropped).
/// The body is JSON whatever its Content-Type: navigator.sendBeacon posts text/plain.
/// </summary>
public sealed class PostCollect(CollectService collect, BrowserOrigins origins)
{
    [Function(nameof(PostCollect))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "options", Route = "collect")] HttpRequest request)
    {
        string? origin = request.Headers.Origin;
        if (!origins.IsAllowed(origin))
            return BrowserProblems.OriginNotAllowed(origin);
        if (HttpMethods.IsOptions(request.Method))
            return CorsHeaders.Preflight(request);
        CorsHeaders.AllowOrigin(request);

        var body = await RequestBody.ReadAsync(request, CollectLimits.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(CollectLimits.MaxBodyBytes);

        var sender = new CollectRequest(body, request.Headers.UserAgent, ClientAddress.Of(request));
        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await collect.AcceptAsync(sender, cancellationToken);
            switch (result.Outcome)
            {
                case CollectOutcome.Invalid:
                    return ProblemResults.Validation(result.Errors!, "The body is not a valid event or batch of events; nothing was stored.");
                case CollectOutcome.RateLimited:
                    var seconds = Math.Max(1, (int)Math.Ceiling(result.RetryAfter.TotalSeconds));
                    request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                    return BrowserProblems.TooManyRequests(seconds);
                default:
                    return new AcceptedResult((string?)null, new TouchpointsAccepted(result.Ingestion!.Accepted, result.Ingestion.Duplicates));
            }
        });
    }
}
