using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.Domain.Customers;

/// <summary>
/// The replay of a customer's facts plus new activity, taken from the replay of the earlier facts alone where that is
/// certain, so a busy customer's touches do not re-read its whole history. A new touch changes nothing but the last
/// activity when it is
/// <list type="bullet">
/// <item>before the first win: the win moves the last activity past it, and nothing before a win has a status;</item>
/// <item>at or before the last activity and strictly inside a stretch the history shows active (after the change that
/// began it), where the stretch runs on to now, ends in a churn, or ends in a silence counted from an activity at or
/// after the touch: no silence fell in that stretch before the touch's next activity, and one more touch cannot make
/// one, postpone one, or change what a churn did;</item>
/// <item>for an active customer, after the last activity and before the next threshold counted from the touch
/// before it (no silence can have fallen between): only the last activity moves.</item>
/// </list>
/// The silences due since are then added as the replay adds them. In every other case the answer is null: replay the
/// facts. The touches of one instant as a stretch's first change are left to the replay, as it orders them by id.
/// </summary>
public static class CustomerIncrement
{
    public static CustomerReplayResult? WithActivity(
        CustomerReplayResult replay, IEnumerable<DateTimeOffset> activity, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(settings);
        var firstWin = replay.History.FirstOrDefault(c => c.From == None)?.At;
        var relevant = activity.Where(at => firstWin is not { } won || at >= won).Order().ToList();
        if (relevant.Count == 0)
        {
            return firstWin is null ? null : CustomerTimeline.BroughtForward(replay.State, replay.History, settings, asOf);
        }

        if (relevant[^1] > asOf || replay.State.LastActivityAt is not { } last)
        {
            return null;
        }

        if (relevant.Where(at => at <= last).Any(at => !InsideActiveStretch(replay.History, at, settings)))
        {
            return null;
        }

        var later = relevant.Where(at => at > last).ToList();
        if (later.Count == 0)
        {
            return CustomerTimeline.BroughtForward(replay.State, replay.History, settings, asOf);
        }

        if (replay.State.Status != Active)
        {
            return null;
        }

        var threshold = TimeSpan.FromDays(settings.AtRiskAfterDays);
        var previous = last;
        foreach (var at in later)
        {
            if (at - previous >= threshold)
            {
                return null;
            }

            previous = at;
        }

        return CustomerTimeline.BroughtForward(replay.State with { LastActivityAt = previous }, replay.History, settings, asOf);
    }

    /// <summary>
    /// Whether a touch at <paramref name="at"/> (not after the last activity) lies where the history proves it changes
    /// nothing. The history is in time order; a silence from <c>active</c> is <c>at_risk</c>, due exactly
    /// <see cref="CustomerSettings.AtRiskAfterDays"/> after the activity it counts from, so a touch at or before that
    /// instant is followed by that activity before the silence falls.
    /// </summary>
    private static bool InsideActiveStretch(IReadOnlyList<CustomerStatusChange> history, DateTimeOffset at, CustomerSettings settings)
    {
        var next = 0;
        while (next < history.Count && history[next].At < at)
        {
            next++;
        }

        if (next == 0 || history[next - 1].To != Active)
        {
            return false;
        }

        if (next == history.Count)
        {
            return true;
        }

        var ended = history[next];
        return ended.To == Churned || (ended.To == AtRisk && at <= ended.At.AddDays(-settings.AtRiskAfterDays));
    }
}
