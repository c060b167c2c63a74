using Cascade.App.Reports.Undocumented;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/undocumented: the deals held out of every figure until a version gives an amount and a close date.</summary>
public sealed class GetUndocumentedOpportunities(UndocumentedQuery query)
{
    [Function(nameof(GetUndocumentedOpportunities))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/undocumented")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(cancellationToken), UndocumentedCsv.Render));
}
