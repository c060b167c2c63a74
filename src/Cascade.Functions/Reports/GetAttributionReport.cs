using Cascade.App.Reports.Attribution;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/attribution: credited opportunities and amount per key under one model.</summary>
public sealed class GetAttributionReport(AttributionReportQuery query)
{
    [Function(nameof(GetAttributionReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/attribution")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), AttributionReportCsv.Render));
}
