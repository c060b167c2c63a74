using Cascade.App.Configuration;
using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Dashboard;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/waterfall/{quarter}: the quarter's pipeline waterfall, computed live (JSON, CSV or SVG chart).</summary>
public sealed class GetWaterfall(WaterfallQuery query, IOptions<CascadeOptions> options)
{
    [Function(nameof(GetWaterfall))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/waterfall/{quarter}")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken =>
        {
            var result = await query.GetAsync(quarter, QueryValues.Of(request), cancellationToken);
            return WaterfallChartAnswer.IsAsked(request)
                ? WaterfallChartAnswer.Of(result, options.Value.Currency)
                : ReadAnswers.JsonOrCsv(request, result, WaterfallCsv.Render);
        });
}
