using Cascade.App.Ingestion;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Ingestion;

/// <summary>POST /api/touchpoints: one touchpoint or up to 500, answered 202 once durably queued.</summary>
public sealed class PostTouchpoints(TouchpointIngestion ingestion)
{
    [Function(nameof(PostTouchpoints))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "touchpoints")] HttpRequest request)
    {
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxTouchpointBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxTouchpointBodyBytes);
        var read = TouchpointReader.ReadBatch(body);
        if (!read.IsValid)
            return ProblemResults.Validation(read.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var outcome = await ingestion.AcceptAsync(read.Value!, cancellationToken);
            return new AcceptedResult((string?)null, new TouchpointsAccepted(outcome.Accepted, outcome.Duplicates));
        });
    }
}
