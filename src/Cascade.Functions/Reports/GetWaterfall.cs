using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/waterfall/{quarter}: the quarter's pipeline waterfall, computed live.</summary>
public sealed class GetWaterfall(WaterfallQuery query)
{
    [Function(nameof(GetWaterfall))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/waterfall/{quarter}")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(quarter, cancellationToken), WaterfallCsv.Render));
}
