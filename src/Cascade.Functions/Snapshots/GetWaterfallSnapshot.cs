using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Snapshots;

/// <summary>GET /api/snapshots/waterfall/{quarter}: the stored snapshot, 404 when none was taken.</summary>
public sealed class GetWaterfallSnapshot(WaterfallSnapshotQuery query)
{
    [Function(nameof(GetWaterfallSnapshot))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "snapshots/waterfall/{quarter}")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.GetAsync(quarter, cancellationToken), WaterfallCsv.Render));
}
