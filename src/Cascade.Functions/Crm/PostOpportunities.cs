using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Cascade.App.Opportunities;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Cascade.Functions.Crm;

/// <summary>POST /api/crm/opportunities: CRM opportunity states, one or an array, in the workspace currency.</summary>
public sealed class PostOpportunities(OpportunityIngestion ingestion, IOptions<CascadeOptions> options)
{
    [Function(nameof(PostOpportunities))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "crm/opportunities")] HttpRequest request)
    {
        if (!RequestBody.IsJson(request))
            return RequestBody.NotJson(request);
        var body = await RequestBody.ReadAsync(request, IngestionLimits.MaxTouchpointBodyBytes, request.HttpContext.RequestAborted);
        if (body is null)
            return ProblemResults.PayloadTooLarge(IngestionLimits.MaxTouchpointBodyBytes);
        var read = OpportunityReader.ReadBatch(body, options.Value.Currency);
        if (!read.IsValid)
            return ProblemResults.Validation(read.Errors);

        return await StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var outcome = await ingestion.AcceptAsync(read.Value!, cancellationToken);
            return new AcceptedResult((string?)null, new OpportunitiesAccepted(outcome.Accepted, outcome.Stale));
        });
    }
}
