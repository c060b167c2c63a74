namespace Cascade.Domain.Pipeline;

/// <summary>
/// The quarters whose waterfall an opportunity's history can move, so a report of one quarter reads only the
/// histories listed under it.
/// </summary>
/// <remarks>
/// A history moves Q's waterfall only when it changes in Q, is in Q's window at Q's start, or is open at Q's end with
/// a close date in [Q, Q+5) (<see cref="PipelineWaterfall"/>). Before the first change there is no state; after the
/// last one the state no longer changes: a closed state moves nothing, an open one only the quarters whose window or
/// entering quarter holds its close date (CQ−4 … CQ). So every such Q lies in [the first change's quarter, the last
/// change's quarter] or, when the last state is open, in [CQ−4, CQ]. A far-out close date adds at most five rows; the
/// list may hold quarters the history does not move: a superset is all an index needs.
/// </remarks>
public static class WaterfallQuarters
{
    /// <summary>Every quarter of the span, oldest first; none for a history without a change.</summary>
    public static IReadOnlyList<Quarter> Of(OpportunityHistory history, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(history);
        var timeline = history.Timeline;
        if (timeline.Count == 0)
        {
            return [];
        }

        var first = Quarter.Of(timeline[0].At, calendar);
        var last = Quarter.Of(timeline[^1].At, calendar);
        var quarters = new List<Quarter>();
        for (var q = first; q <= last; q = q.Next())
        {
            quarters.Add(q);
        }

        if (timeline[^1].State is { IsOpen: true } open)
        {
            var close = Quarter.Of(open.CloseDate, calendar);
            for (var q = Max(last.Next(), close.Plus(-4)); q <= close; q = q.Next())
            {
                quarters.Add(q);
            }
        }

        return quarters;
    }

    private static Quarter Max(Quarter a, Quarter b) => a >= b ? a : b;
}
