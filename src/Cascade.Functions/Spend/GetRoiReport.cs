using Cascade.App.Spend;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Spend;

/// <summary>GET /api/reports/roi: spend, leads, MQLs, credited opportunities and amount, costs and ROI per key.</summary>
public sealed class GetRoiReport(RoiReportQuery query)
{
    [Function(nameof(GetRoiReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/roi")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), RoiReportCsv.Render));
}
