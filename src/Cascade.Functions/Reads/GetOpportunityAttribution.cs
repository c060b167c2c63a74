using Cascade.App.Attribution;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reads;

/// <summary>GET /api/opportunities/{id}/attribution?kind=pipeline|revenue: the journey and all ten models' credits.</summary>
public sealed class GetOpportunityAttribution(OpportunityAttributionQuery query)
{
    [Function(nameof(GetOpportunityAttribution))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "opportunities/{id}/attribution")] HttpRequest request, string id) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(id, QueryValues.Of(request), cancellationToken), OpportunityAttributionCsv.Render));
}
