using Cascade.Domain.Customers.Events;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Customers;

/// <summary>
/// The facts of one account that <see cref="CustomerReplay"/> reads (api.md, "Customers after the first purchase"):
/// each won deal at its close, each lost <c>renewal</c> at its close, each touch of the account's people (survey
/// answers included: answering is activity) at its instant, and the recorded churn and reactivate actions.
/// </summary>
public static class CustomerFacts
{
    public static IReadOnlyList<CustomerFact> Of(IEnumerable<CustomerDeal> deals, IEnumerable<Touchpoint> touches, IEnumerable<CustomerFact> actions)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(touches);
        ArgumentNullException.ThrowIfNull(actions);
        var facts = new List<CustomerFact>();
        foreach (var deal in deals)
        {
            if (deal.ClosedAt is not { } closedAt)
            {
                continue;
            }

            if (deal.IsWon)
            {
                facts.Add(new CustomerFact(closedAt, new DealWon(deal.OpportunityId)));
            }
            else if (deal is { Status: OpportunityStatus.Lost, Type: OpportunityType.Renewal })
            {
                facts.Add(new CustomerFact(closedAt, new RenewalLost(deal.OpportunityId)));
            }
        }

        facts.AddRange(touches.DistinctBy(t => t.EventId, StringComparer.Ordinal).Select(t => new CustomerFact(t.OccurredAt, new ActivityRecorded(t.EventId))));
        facts.AddRange(actions);
        return facts;
    }
}
