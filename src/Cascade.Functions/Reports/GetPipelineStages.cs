using Cascade.App.Reports.Pipeline;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/pipeline/stages: entries, outcomes and median days per CRM stage over a period.</summary>
public sealed class GetPipelineStages(PipelineStagesQuery query)
{
    [Function(nameof(GetPipelineStages))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/pipeline/stages")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), PipelineStagesCsv.Render));
}
