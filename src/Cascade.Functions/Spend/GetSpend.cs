using Cascade.App.Spend;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Spend;

/// <summary>GET /api/spend: the stored spend of the months in [from, to), as JSON or CSV.</summary>
public sealed class GetSpend(SpendQuery query)
{
    [Function(nameof(GetSpend))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "spend")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(QueryValues.Of(request), cancellationToken), SpendCsv.Render));
}
