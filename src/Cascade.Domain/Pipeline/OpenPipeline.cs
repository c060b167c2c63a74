namespace Cascade.Domain.Pipeline;

/// <summary>
/// The open pipeline at an instant, as the waterfall counts it (domain §6): the opportunities open at that instant
/// (changes at it included) whose close date lies in the window of its quarter (the quarter and the three after it).
/// Its sum is the waterfall's running in-scope pipeline at that instant.
/// </summary>
public static class OpenPipeline
{
    /// <summary>The deals in scope at <paramref name="asOf"/>, ordinal order of id.</summary>
    public static IReadOnlyList<OpenDeal> At(DateTimeOffset asOf, IEnumerable<OpportunityHistory> histories, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var quarter = Quarter.Of(asOf, calendar);
        return histories
            .Select(h => Deal(h, asOf))
            .OfType<OpenDeal>()
            .Where(d => InWindow(quarter, d.State))
            .OrderBy(d => d.OpportunityId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The deal as it stood at <paramref name="asOf"/> when open then, in scope or not; null otherwise.</summary>
    public static OpenDeal? Deal(OpportunityHistory history, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(history);
        var timeline = history.Timeline;
        var end = history.IndexAtOrAfter(asOf, inclusive: false);
        if (end == 0 || !timeline[end - 1].State.IsOpen)
        {
            return null;
        }

        DateTimeOffset stageSince = timeline[0].At, lastChange = timeline[0].At;
        for (var i = 1; i < end; i++)
        {
            var change = timeline[i];
            if (change.Kind.HasFlag(OpportunityChangeKind.StageChanged))
            {
                stageSince = change.At;
            }

            if ((change.Kind & (OpportunityChangeKind.StageChanged | OpportunityChangeKind.AmountChanged)) != 0)
            {
                lastChange = change.At;
            }
        }

        return new OpenDeal(history.OpportunityId, history.Current?.Name, timeline[end - 1].State, timeline[0].At, stageSince, lastChange);
    }

    /// <summary>Open with a close date in [Q, Q+4).</summary>
    public static bool InWindow(Quarter quarter, OpportunityState state) =>
        state.IsOpen
        && state.CloseDate >= DateOnly.FromDateTime(quarter.Start.UtcDateTime)
        && state.CloseDate < DateOnly.FromDateTime(quarter.Plus(4).Start.UtcDateTime);
}
