using Cascade.App.Reports.Funnel;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Reports;

/// <summary>GET /api/reports/funnel: the funnel metrics of domain §7 over [from, to).</summary>
public sealed class GetFunnel(FunnelQuery query)
{
    [Function(nameof(GetFunnel))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "reports/funnel")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), FunnelCsv.Render));
}
