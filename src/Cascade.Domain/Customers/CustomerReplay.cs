using Cascade.Domain.Customers.Events;

namespace Cascade.Domain.Customers;

/// <summary>
/// The customer status as a function of the facts and an instant: the facts up to <c>asOf</c> in time order, with
/// the silence events that fell due between them. The same facts in any arrival order give the same answer: facts
/// of one instant are taken won deals first, then activity, lost renewals, churns and reactivations, each kind by
/// its id. An activity at the very instant a threshold falls due comes first and keeps the customer active.
/// </summary>
public static class CustomerReplay
{
    public static CustomerReplayResult Run(IEnumerable<CustomerFact> facts, CustomerSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(settings);
        var state = CustomerState.Prospect;
        var history = new List<CustomerStatusChange>();
        var ordered = facts.Where(f => f.At <= asOf)
            .OrderBy(f => f.At)
            .ThenBy(f => Rank(f.Event))
            .ThenBy(f => Key(f.Event), StringComparer.Ordinal);
        foreach (var fact in ordered)
        {
            state = Silences(state, settings, fact.At.AddTicks(-1), history);
            var result = CustomerLifecycle.Apply(state, fact.Event, fact.At);
            state = result.State;
            if (result.Change is { } change)
            {
                history.Add(change);
            }
        }

        state = Silences(state, settings, asOf, history);
        return new CustomerReplayResult(state, history);
    }

    private static CustomerState Silences(CustomerState state, CustomerSettings settings, DateTimeOffset until, List<CustomerStatusChange> history)
    {
        foreach (var due in CustomerMaintenance.Due(state, settings, until))
        {
            history.Add(due.Change!);
            state = due.State;
        }

        return state;
    }

    private static int Rank(CustomerEvent evt) => evt switch
    {
        DealWon => 0,
        ActivityRecorded => 1,
        RenewalLost => 2,
        ChurnMarked => 3,
        Reactivated => 4,
        _ => 5,
    };

    private static string Key(CustomerEvent evt) => evt switch
    {
        DealWon e => e.OpportunityId,
        ActivityRecorded e => e.TouchpointId,
        RenewalLost e => e.OpportunityId,
        ChurnMarked e => e.User + "\n" + e.Reason,
        Reactivated e => e.User + "\n" + e.Reason,
        _ => string.Empty,
    };
}
