using Cascade.App.Reports.Waterfall;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Snapshots;

/// <summary>POST /api/snapshots/waterfall/{quarter}: takes the snapshot now, with the timer's code, and answers it.</summary>
public sealed class TakeWaterfallSnapshot(WaterfallSnapshotQuery query)
{
    [Function(nameof(TakeWaterfallSnapshot))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "snapshots/waterfall/{quarter}")] HttpRequest request, string quarter) =>
        StorageGuard.RunAsync(request, async cancellationToken => ReadAnswers.JsonOrCsv(
            request, await query.TakeAsync(quarter, cancellationToken), WaterfallCsv.Render));
}
