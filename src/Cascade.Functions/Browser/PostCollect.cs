using System.Globalization;
using Azure;
using Cascade.App.Collect;
using Cascade.Functions.Http;
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
        var origin = request.Headers.Origin.ToString();
        if (!origins.IsAllowed(origin))
            return BrowserProblems.OriginNotAllowed(origin);
        if (HttpMethods.IsOptions(request.Method))
        {
            BrowserOrigins.AllowPreflight(request.HttpContext.Response, origin);
            return new NoContentResult();
        }

        BrowserOrigins.AllowResponse(request.HttpContext.Response, origin);
        var body = await RequestBody.ReadAsync(request, CollectLimits.MaxBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return BrowserProblems.TooLarge(CollectLimits.MaxBodyBytes);

        CollectResult result;
        try
        {
            var agent = request.Headers.UserAgent.ToString();
            result = await collect.AcceptAsync(new CollectRequest(body, agent, ClientAddress.Of(request)), request.HttpContext.RequestAborted);
        }
        catch (RequestFailedException)
        {
            return ProblemResults.ServiceUnavailable("Storage did not accept the events; send them again.");
        }

        switch (result.Outcome)
        {
            case CollectOutcome.Invalid:
                return BrowserProblems.Invalid(result.Errors!);
            case CollectOutcome.RateLimited:
                var seconds = Math.Max(1, (int)Math.Ceiling(result.RetryAfter.TotalSeconds));
                request.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                return BrowserProblems.TooManyRequests(seconds);
            default:
                return new AcceptedResult((string?)null, new CollectAnswer(result.Ingestion!.Accepted, result.Ingestion.Duplicates));
        }
    }
}
