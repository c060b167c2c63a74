namespace Cascade.Domain.Customers;

/// <summary>
/// The status of one person of a customer account (api.md: "per account and per person of a customer account"): the
/// replay of the account's deals and actions with only that person's activity, taken from the account's replay. A
/// churn is the account's (activity never ends it), so a churned account's people are churned; otherwise the person is
/// silent since the latest of their own last touch and the account's engagements (won closes, reactivations), and
/// the thresholds apply to that silence as they apply to the account's.
/// </summary>
public static class CustomerPersonStatus
{
    /// <param name="account">The account's replay as of <paramref name="asOf"/>.</param>
    /// <param name="wonAt">The close instants of the account's won deals (a win while active leaves no history entry).</param>
    /// <param name="personLastActivity">The person's last touch, if any.</param>
    /// <param name="settings">The silence thresholds.</param>
    /// <param name="asOf">The instant of the answer.</param>
    public static CustomerStatus Of(
        CustomerReplayResult account, IEnumerable<DateTimeOffset> wonAt, DateTimeOffset? personLastActivity, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(wonAt);
        ArgumentNullException.ThrowIfNull(settings);
        if (account.State.Status is CustomerStatus.None or CustomerStatus.Churned)
        {
            return account.State.Status;
        }

        var engagements = account.History
            .Where(c => c.At <= asOf && c.Cause.Action == "reactivate")
            .Select(c => c.At)
            .Concat(wonAt.Where(w => w <= asOf))
            .Select(at => (DateTimeOffset?)at)
            .Append(personLastActivity is { } own && own <= asOf ? own : null)
            .Max();
        if (engagements is not { } last)
        {
            return account.State.Status;
        }

        var silence = asOf - last;
        return silence >= TimeSpan.FromDays(settings.InactiveAfterDays) ? CustomerStatus.Inactive
            : silence >= TimeSpan.FromDays(settings.AtRiskAfterDays) ? CustomerStatus.AtRisk
            : CustomerStatus.Active;
    }
}
