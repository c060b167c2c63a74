using Cascade.App.Reports.Pipeline;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/pipeline: the open pipeline in scope at an instant, grouped by stage, close quarter, channel or sourced.</summary>
public sealed class GetPipeline(PipelineQuery query)
{
    [Function(nameof(GetPipeline))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/pipeline")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), PipelineCsv.Render));
}
