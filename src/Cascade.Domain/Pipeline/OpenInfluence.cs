using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// Marketing's influence on open deals (api.md sourcing <c>openInfluenced</c>): the deals open just before an instant
/// with a marketing touch of their people after their (counted) creation and before that instant, counted with their
/// amount then.
/// </summary>
/// <remarks>
/// A deal's part in the rule is one instant, <see cref="FirstTouch"/>: it counts at <c>to</c> when it is open just before
/// <c>to</c> and that instant lies before <c>to</c>. Kept with the deal's attribution, it lets the report read no touch.
/// </remarks>
public static class OpenInfluence
{
    /// <param name="to">The instant (exclusive, as a period's end).</param>
    /// <param name="histories">Candidate histories (any superset of the deals open then).</param>
    /// <param name="firstTouchOf">A deal's <see cref="FirstTouch"/>, by id.</param>
    public static SourcingFigure At(DateTimeOffset to, IEnumerable<OpportunityHistory> histories, Func<string, DateTimeOffset?> firstTouchOf)
    {
        ArgumentNullException.ThrowIfNull(histories);
        ArgumentNullException.ThrowIfNull(firstTouchOf);
        SourcingFigure figure = default;
        foreach (var history in OpenBefore(to, histories))
        {
            if (firstTouchOf(history.OpportunityId) < to)
            {
                figure = figure.Add(history.StateBefore(to)!.Value.Amount);
            }
        }

        return figure;
    }

    /// <summary>The histories open just before <paramref name="to"/>.</summary>
    public static IEnumerable<OpportunityHistory> OpenBefore(DateTimeOffset to, IEnumerable<OpportunityHistory> histories) =>
        histories.Where(h => h.StateBefore(to) is { IsOpen: true });

    /// <summary>
    /// The earliest marketing touch of <paramref name="touches"/> (the deal's people's) after the deal's counted creation
    /// and before it closed for good; null when there is none. A touch at or after the final close finds the deal open
    /// at no later instant, so leaving it out changes no answer and keeps the value independent of when it arrived.
    /// </summary>
    public static DateTimeOffset? FirstTouch(OpportunityHistory history, IEnumerable<Touchpoint> touches)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(touches);
        var created = history.Timeline[0].At;
        var until = ClosedForGoodAt(history);
        DateTimeOffset? first = null;
        foreach (var t in touches)
        {
            if (t.Origin == Origin.Marketing && t.OccurredAt > created && (until is null || t.OccurredAt < until) && (first is null || t.OccurredAt < first))
            {
                first = t.OccurredAt;
            }
        }

        return first;
    }

    /// <summary>
    /// Whether a person's facts new from <paramref name="since"/> on (null: any) can move the deal's
    /// <see cref="FirstTouch"/>: only when the person's own first such touch (<paramref name="personTouches"/>) is one of
    /// them. An earlier one was there when the deal's value was last computed, and the value is at most it.
    /// </summary>
    public static bool MayMove(OpportunityHistory history, DateTimeOffset? since, IEnumerable<Touchpoint> personTouches) =>
        since is not { } from || FirstTouch(history, personTouches) >= from;

    /// <summary>
    /// What one person's touches make of the deal's <see cref="FirstTouch"/> when that person is among its journey's people
    /// (a contact of its current version, or of its account, by the person's own touches): their own first such touch,
    /// which the deal's value is at most. Null when the person is not among them — their new touches may have moved them
    /// out of the account, which can raise the value, so only a recomputation can tell.
    /// </summary>
    /// <remarks>
    /// One person's new touches change no one else's membership, and a member's touches only add to the journey, so
    /// the deal's new value is the least of its stored one and this: the sweep lowers it in place instead of attributing
    /// the whole deal again.
    /// </remarks>
    public static DateTimeOffset? FirstTouchOfMember(OpportunityHistory history, IReadOnlyList<Touchpoint> personTouches)
    {
        ArgumentNullException.ThrowIfNull(history);
        var scoped = TouchpointIndex.Build(personTouches).ScopeOf(history.Current!);
        return scoped.Count == 0 ? null : FirstTouch(history, scoped);
    }

    /// <summary>The instant from which the deal stays closed (its final close); null while it is open.</summary>
    private static DateTimeOffset? ClosedForGoodAt(OpportunityHistory history)
    {
        var timeline = history.Timeline;
        if (timeline[^1].State.IsOpen)
        {
            return null;
        }

        var i = timeline.Count - 1;
        while (i > 0 && !timeline[i - 1].State.IsOpen)
        {
            i--;
        }

        return timeline[i].At;
    }
}
