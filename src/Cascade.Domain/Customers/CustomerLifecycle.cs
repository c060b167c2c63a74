using Cascade.Domain.Customers.Events;
using Cascade.Domain.Lifecycle;
using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.Domain.Customers;

/// <summary>
/// The customer lifecycle of api.md ("Customers after the first purchase") as a pure function
/// <c>(state, event, at) → result</c>, like <see cref="LeadLifecycle"/>. Rules where the contract is silent:
/// <list type="bullet">
/// <item>An account becomes a customer (<c>active</c>) with its first won deal; before that, activity is only
/// remembered, a lost renewal changes nothing and the explicit actions are refused.</item>
/// <item>Activity and won deals always move <see cref="CustomerState.LastActivityAt"/> forward, whatever the
/// status, so the silence thresholds count from the latest of them.</item>
/// <item>Activity alone never ends a churn: only <c>reactivate</c> or a new won deal do. A reactivation counts as
/// activity: the silence of a customer brought back is measured from then, never from before the churn.</item>
/// <item>A silence event raised before a later activity is stale and changes nothing.</item>
/// </list>
/// </summary>
public static class CustomerLifecycle
{
    public static CustomerTransitionResult Apply(CustomerState state, CustomerEvent evt, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(evt);
        return evt switch
        {
            DealWon e => Win(Engaged(state, at), e, at),
            ActivityRecorded e => Engage(Engaged(state, at), e, at),
            RenewalLost e => Churn(state, at, Cause(e) with { OpportunityId = e.OpportunityId }),
            ChurnMarked e => state.IsCustomer
                ? Churn(state, at, Cause(e) with { Reason = e.Reason, User = e.User })
                : Refuse(state, Churned, "no deal of the account was won, so it is no customer"),
            Reactivated e => state.Status == Churned
                ? Move(Engaged(state, at), Active, at, Cause(e) with { Reason = e.Reason, User = e.User })
                : Refuse(state, Active, $"only a churned customer can be reactivated, not {state.Status.ToName()}"),
            SilenceElapsed e => Silence(state, e, at),
            _ => throw new ArgumentOutOfRangeException(nameof(evt), evt.GetType().Name, "Unknown customer event."),
        };
    }

    private static CustomerTransitionResult Win(CustomerState state, DealWon e, DateTimeOffset at) =>
        state.Status == Active
            ? CustomerTransitionResult.Unchanged(state, "Already active; the won deal counts as activity.")
            : Move(state, Active, at, Cause(e) with { OpportunityId = e.OpportunityId });

    private static CustomerTransitionResult Engage(CustomerState state, ActivityRecorded e, DateTimeOffset at) => state.Status switch
    {
        AtRisk or Inactive => Move(state, Active, at, Cause(e) with { TouchpointId = e.TouchpointId }),
        None => CustomerTransitionResult.Unchanged(state, "Not a customer yet: the activity is remembered."),
        Churned => CustomerTransitionResult.Unchanged(state, "Churned: activity alone does not bring a customer back; reactivate or win a deal."),
        _ => CustomerTransitionResult.Unchanged(state, "Already active."),
    };

    private static CustomerTransitionResult Churn(CustomerState state, DateTimeOffset at, TransitionCause cause) => state.Status switch
    {
        None => CustomerTransitionResult.Unchanged(state, "Not a customer: a lost deal changes no customer status."),
        Churned => CustomerTransitionResult.Unchanged(state, "Already churned."),
        _ => Move(state, Churned, at, cause),
    };

    private static CustomerTransitionResult Silence(CustomerState state, SilenceElapsed e, DateTimeOffset at)
    {
        if (state.LastActivityAt != e.LastActivityAt)
        {
            return CustomerTransitionResult.Unchanged(state, "Activity since: the silence no longer holds.");
        }

        return (state.Status, e.To) switch
        {
            (Active, AtRisk or Inactive) or (AtRisk, Inactive) => Move(state, e.To, at, Cause(e)),
            _ => CustomerTransitionResult.Unchanged(state, $"Silence moves only an active or at-risk customer further (status {state.Status.ToName()})."),
        };
    }

    private static CustomerState Engaged(CustomerState state, DateTimeOffset at) =>
        state.LastActivityAt is { } last && last >= at ? state : state with { LastActivityAt = at };

    private static CustomerTransitionResult Move(CustomerState state, CustomerStatus to, DateTimeOffset at, TransitionCause cause) =>
        CustomerTransitionResult.Applied(state with { Status = to, StatusSince = at }, new CustomerStatusChange(state.Status, to, at, cause));

    private static CustomerTransitionResult Refuse(CustomerState state, CustomerStatus to, string why) =>
        CustomerTransitionResult.Refused(state, $"Cannot move from {state.Status.ToName()} to {to.ToName()}: {why}.");

    private static TransitionCause Cause(CustomerEvent evt) => new() { Action = evt.Action };
}
