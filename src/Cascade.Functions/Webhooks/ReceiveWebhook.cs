using Cascade.App.Ingestion;
using Cascade.App.Webhooks;
using Cascade.Functions.Http;
using Cascade.Functions.Ingestion;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Webhooks;

/// <summary>
/// POST /api/webhooks/{source}: anonymous at the host, trusted only when signed with the source's secret (401
/// otherwise, before the body is even parsed). Segment events for source <c>segment</c>, touchpoints otherwise.
/// </summary>
public sealed class ReceiveWebhook(WebhookIntake intake)
{
    [Function(nameof(ReceiveWebhook))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "webhooks/{source}")] HttpRequest request, string source)
    {
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxTouchpointBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxTouchpointBodyBytes);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await intake.AcceptAsync(
                source, request.Headers[WebhookSignature.TimestampHeader], request.Headers[WebhookSignature.SignatureHeader], body, cancellationToken);
            return result.Outcome switch
            {
                WebhookIntakeOutcome.Accepted => new AcceptedResult((string?)null, new TouchpointsAccepted(result.Ingested!.Accepted, result.Ingested.Duplicates)),
                WebhookIntakeOutcome.Invalid => ProblemResults.Validation(result.Errors!),
                _ => ProblemResults.Unauthorized(Explain(result.Verdict)),
            };
        });
    }

    // Says what to fix without helping a forger: a bad signature is not told apart from a wrong secret.
    private static string Explain(WebhookVerdict verdict) => verdict switch
    {
        WebhookVerdict.UnknownSource => "This webhook source is not configured.",
        WebhookVerdict.MissingTimestamp => $"{WebhookSignature.TimestampHeader} must hold the unix time in seconds.",
        WebhookVerdict.Expired => $"{WebhookSignature.TimestampHeader} is more than {WebhookSignature.MaxSkew.TotalSeconds:0} s away from now.",
        _ => $"{WebhookSignature.SignatureHeader} does not match the body.",
    };
}
