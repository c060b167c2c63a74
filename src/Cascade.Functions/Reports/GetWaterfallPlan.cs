using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/waterfall/{quarter}/plan: the new pipeline a quarter needs to reach its targets.</summary>
public sealed class GetWaterfallPlan(WaterfallPlanQuery query)
{
    [Function(nameof(GetWaterfallPlan))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/waterfall/{quarter}/plan")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(quarter, QueryValues.Of(request), cancellationToken), WaterfallPlanCsv.Render));
}
