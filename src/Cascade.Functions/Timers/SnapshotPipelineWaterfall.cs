using Cascade.App.Reports.Waterfall;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Timers;

/// <summary>
/// Five minutes into each calendar quarter (UTC): snapshots the quarter that just ended. Re-running it replaces
/// the same snapshot row.
/// </summary>
public sealed class SnapshotPipelineWaterfall(WaterfallSnapshotJob job, TimeProvider time)
{
    public const string Schedule = "0 5 0 1 1,4,7,10 *";

    [Function(nameof(SnapshotPipelineWaterfall))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunAsync(time.GetUtcNow(), cancellationToken);
}
