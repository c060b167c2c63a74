namespace Cascade.Domain.Customers;

/// <summary>
/// The replay of an active customer's facts plus newer activity, taken from the replay of the earlier facts alone
/// where that is certain, so a busy customer's touches do not re-read its whole history: when the customer is active,
/// each new touch lies at or after the last activity and before the next threshold counted from the touch before it
/// (no silence can have fallen between), the history is unchanged and only the last activity moves; the silences due
/// since are then added as the replay adds them. In every other case the answer is null: replay the facts.
/// </summary>
public static class CustomerIncrement
{
    public static CustomerReplayResult? WithActivity(
        CustomerReplayResult replay, IEnumerable<DateTimeOffset> activity, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(replay);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(settings);
        if (replay.State is not { Status: CustomerStatus.Active, LastActivityAt: { } last })
        {
            return null;
        }

        var threshold = TimeSpan.FromDays(settings.AtRiskAfterDays);
        var previous = last;
        foreach (var at in activity.Order())
        {
            if (at < last || at > asOf || at - previous >= threshold)
            {
                return null;
            }

            previous = at;
        }

        return CustomerTimeline.BroughtForward(replay.State with { LastActivityAt = previous }, replay.History, settings, asOf);
    }
}
