using Cascade.App.Reports.Attribution;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/attribution/compare: every model's totals per key in one answer.</summary>
public sealed class GetAttributionComparison(AttributionCompareQuery query)
{
    [Function(nameof(GetAttributionComparison))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/attribution/compare")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), AttributionCompareCsv.Render));
}
