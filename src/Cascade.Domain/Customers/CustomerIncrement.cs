namespace Cascade.Domain.Customers;

/// <summary>
/// The replay of a customer's facts plus new activity, taken from the replay of the earlier facts alone where that is
/// certain, so a busy customer's touches do not re-read its whole history. A new touch changes nothing but the last
/// activity when it is
/// <list type="bullet">
/// <item>before the first win: the win moves the last activity past it, and nothing before a win has a status;</item>
/// <item>inside the current active stretch of an active customer (after the change that made it active, at or before
/// its last activity): no silence fell in that stretch, and one more touch in it cannot make one;</item>
/// <item>for an active customer, at or after the last activity and before the next threshold counted from the touch
/// before it (no silence can have fallen between): only the last activity moves.</item>
/// </list>
/// The silences due since are then added as the replay adds them. In every other case the answer is null: replay the
/// facts. The touches of one instant as the stretch's first change are left to the replay, as it orders them by id.
/// </summary>
public static class CustomerIncrement
{
    public static CustomerReplayResult? WithActivity(
        CustomerReplayResult replay, IEnumerable<DateTimeOffset> activity, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(settings);
        var firstWin = replay.History.FirstOrDefault(c => c.From == CustomerStatus.None)?.At;
        var relevant = activity.Where(at => firstWin is not { } won || at >= won).Order().ToList();
        if (relevant.Count == 0)
        {
            return firstWin is null ? null : CustomerTimeline.BroughtForward(replay.State, replay.History, settings, asOf);
        }

        if (replay.State is not { Status: CustomerStatus.Active, LastActivityAt: { } last, StatusSince: { } since })
        {
            return null;
        }

        var threshold = TimeSpan.FromDays(settings.AtRiskAfterDays);
        var previous = last;
        foreach (var at in relevant)
        {
            if (at > asOf)
            {
                return null;
            }

            if (at <= last)
            {
                if (at > since)
                {
                    continue;
                }

                return null;
            }

            if (at - previous >= threshold)
            {
                return null;
            }

            previous = at;
        }

        return CustomerTimeline.BroughtForward(replay.State with { LastActivityAt = previous }, replay.History, settings, asOf);
    }
}
