using Cascade.App.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;
using Cascade.Storage.Snapshots;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// Takes waterfall snapshots: the timer (<see cref="RunAsync"/>, just after a quarter ends) and
/// <c>POST /api/snapshots/waterfall/{quarter}</c> run the same <see cref="TakeAsync"/>. A quarter has one
/// snapshot row, so taking it again replaces it. The whole-store analysis also gives the Markov fit, which is
/// saved for the attribution queue.
/// </summary>
public sealed class WaterfallSnapshotJob(
    IWorkspaceReader reader, WaterfallSnapshotStore snapshots, MarkovSharesStore markov, WorkspaceSettings settings)
{
    /// <summary>
    /// Snapshots the quarter before the one holding <paramref name="now"/>: the timer fires in the first minutes
    /// of a quarter, so that is the quarter that just ended.
    /// </summary>
    public Task<WaterfallSnapshot> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        TakeAsync(Quarter.Of(now, settings.Calendar).Previous(), now, cancellationToken);

    /// <summary>Computes <paramref name="quarter"/>'s waterfall from the store as of <paramref name="now"/> and saves it.</summary>
    public async Task<WaterfallSnapshot> TakeAsync(Quarter quarter, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        var snapshot = new WaterfallSnapshot(analysis.Waterfall(quarter), now);
        await snapshots.SaveAsync(snapshot, cancellationToken);
        await markov.SaveAsync(new MarkovFit(analysis.MarkovShares, now), cancellationToken);
        return snapshot;
    }
}
