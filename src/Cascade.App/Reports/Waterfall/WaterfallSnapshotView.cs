using Cascade.Storage.Snapshots;

namespace Cascade.App.Reports.Waterfall;

/// <summary><c>GET|POST /api/snapshots/waterfall/{quarter}</c>: the waterfall as stored, plus when it was taken.</summary>
public sealed record WaterfallSnapshotView : WaterfallView
{
    public WaterfallSnapshotView(WaterfallView waterfall, DateTimeOffset takenAt)
        : base(waterfall)
    {
        TakenAt = takenAt;
    }

    public DateTimeOffset TakenAt { get; init; }

    public static WaterfallSnapshotView Of(WaterfallSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return new WaterfallSnapshotView(WaterfallView.Of(snapshot.Waterfall), snapshot.TakenAt);
    }
}
