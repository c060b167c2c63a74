using Cascade.App.Reads;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// <c>GET /api/snapshots/waterfall/{quarter}</c> (not found when none was taken) and
/// <c>POST /api/snapshots/waterfall/{quarter}</c> (takes it now, through <see cref="WaterfallSnapshotJob"/>).
/// </summary>
public sealed class WaterfallSnapshotQuery(
    Storage.Snapshots.WaterfallSnapshotStore snapshots, WaterfallSnapshotJob job, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<WaterfallSnapshotView>> GetAsync(string? quarter, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters();
        var q = parameters.Quarter(quarter);
        if (!parameters.IsValid)
        {
            return ReadResult<WaterfallSnapshotView>.Invalid(parameters.Errors);
        }

        return await snapshots.GetAsync(q, cancellationToken) is { } snapshot
            ? ReadResult<WaterfallSnapshotView>.Found(WaterfallSnapshotView.Of(snapshot))
            : ReadResult<WaterfallSnapshotView>.NotFound($"No waterfall snapshot of {q} was taken.");
    }

    public async Task<ReadResult<WaterfallSnapshotView>> TakeAsync(string? quarter, CancellationToken cancellationToken = default)
    {
        var parameters = Parameters();
        var q = parameters.Quarter(quarter);
        if (!parameters.IsValid)
        {
            return ReadResult<WaterfallSnapshotView>.Invalid(parameters.Errors);
        }

        var snapshot = await job.TakeAsync(q, time.GetUtcNow(), cancellationToken);
        return ReadResult<WaterfallSnapshotView>.Found(WaterfallSnapshotView.Of(snapshot));
    }

    private ReportParameters Parameters() =>
        new(new Dictionary<string, string?>(), settings.Calendar, time.GetUtcNow());
}
