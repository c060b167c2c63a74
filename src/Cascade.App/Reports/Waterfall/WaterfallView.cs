using Cascade.Domain.Pipeline;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// <c>GET /api/reports/waterfall/{quarter}</c>: the six elements (S + N + V − W − L = E), V itemised, the counts,
/// and the ending pipeline by the quarter of its close date (each with its opportunity count, beyond api.md).
/// Not sealed: a snapshot is this view plus the instant it was taken.
/// </summary>
public record WaterfallView(
    string Quarter,
    decimal Starting,
    decimal New,
    decimal ValueChange,
    decimal ClosedWon,
    decimal ClosedLost,
    decimal Ending,
    ValueChangeItemsView ValueChangeItems,
    WaterfallCountsView Counts,
    IReadOnlyList<CloseQuarterView> ByCloseQuarter)
{
    public static WaterfallView Of(PipelineWaterfall w)
    {
        ArgumentNullException.ThrowIfNull(w);
        return new WaterfallView(
            w.Quarter.ToString(),
            w.Starting,
            w.New,
            w.ValueChange,
            w.ClosedWon,
            w.ClosedLost,
            w.Ending,
            new ValueChangeItemsView(w.Items.AmountChanges, w.Items.PulledIn, w.Items.PushedOut, w.Items.Slipped, w.Items.Entering),
            new WaterfallCountsView(w.Counts.Starting, w.Counts.New, w.Counts.ClosedWon, w.Counts.ClosedLost, w.Counts.Ending),
            w.ByCloseQuarter.Select(b => new CloseQuarterView(b.CloseQuarter.ToString(), b.Amount, b.Count)).ToList());
    }
}
