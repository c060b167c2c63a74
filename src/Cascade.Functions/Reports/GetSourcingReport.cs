using Cascade.App.Reports.Sourcing;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/sourcing: marketing-sourced, sales-sourced, unattributed and influenced opportunities.</summary>
public sealed class GetSourcingReport(SourcingReportQuery query)
{
    [Function(nameof(GetSourcingReport))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/sourcing")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), SourcingReportCsv.Render));
}
