using Cascade.App.Reports.Pipeline;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/pipeline/stuck: stalled and overdue open deals at an instant.</summary>
public sealed class GetStuckDeals(StuckDealsQuery query)
{
    [Function(nameof(GetStuckDeals))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/pipeline/stuck")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), StuckDealsCsv.Render));
}
