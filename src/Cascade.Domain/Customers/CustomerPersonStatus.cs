using Cascade.Domain.Customers.Events;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Customers;

/// <summary>
/// The status of one person of a customer account (api.md: "per account and per person of a customer account"): the
/// replay of the account's deals and actions with only that person's activity, taken from the account's replay. A
/// churn is the account's (activity never ends it), so a churned account's people are churned; otherwise the person is
/// silent since the latest of their own last touch and the account's engagements (won closes, reactivations), and
/// the thresholds apply to that silence as they apply to the account's. Only the latest touch decides the status; the
/// history (<see cref="Replay"/>) needs every touch.
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
        CustomerFact[] last = personLastActivity is { } at ? [new(at, new ActivityRecorded("last"))] : [];
        var facts = AccountEvents(account.History)
            .Concat(wonAt.Select((at, i) => new CustomerFact(at, new DealWon($"won-{i}"))))
            .Concat(last);
        return CustomerReplay.Run(facts, settings, asOf).State.Status;
    }

    /// <summary>
    /// The person's own replay, with its history and causes: the account's won deals, and its lost renewals, churns
    /// and reactivations read back from its history, with <paramref name="touches"/> (the person's) as the only activity.
    /// </summary>
    /// <param name="account">The account's replay as of <paramref name="asOf"/>.</param>
    /// <param name="wonDeals">The account's won deals.</param>
    /// <param name="touches">The person's touches.</param>
    /// <param name="settings">The silence thresholds.</param>
    /// <param name="asOf">The instant of the answer.</param>
    public static CustomerReplayResult Replay(
        CustomerReplayResult account, IEnumerable<CustomerDeal> wonDeals, IEnumerable<Touchpoint> touches, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(account);
        return CustomerReplay.Run(CustomerFacts.Of(wonDeals, touches, AccountEvents(account.History)), settings, asOf);
    }

    /// <summary>The account-wide facts behind its history: what moved it to or out of churned (activity is each person's own).</summary>
    private static IEnumerable<CustomerFact> AccountEvents(IEnumerable<CustomerStatusChange> history) =>
        history.Select(c => c.Cause.Action switch
        {
            "renewal_lost" => new CustomerFact(c.At, new RenewalLost(c.Cause.OpportunityId ?? string.Empty)),
            "churn" => new CustomerFact(c.At, new ChurnMarked(c.Cause.Reason ?? string.Empty, c.Cause.User ?? string.Empty)),
            "reactivate" => new CustomerFact(c.At, new Reactivated(c.Cause.Reason ?? string.Empty, c.Cause.User ?? string.Empty)),
            _ => null,
        }).OfType<CustomerFact>();
}
