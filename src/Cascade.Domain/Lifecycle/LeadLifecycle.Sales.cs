using Cascade.Domain.Lifecycle.Events;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Lifecycle;

/// <summary>The transitions sales and the CRM drive: accept, reject, qualify, opportunities.</summary>
public static partial class LeadLifecycle
{
    private static TransitionResult Accept(LeadState state, LeadAccepted e, DateTimeOffset at) => state.Stage switch
    {
        Sal => Already(state),
        Mql when e.AccountIsCustomer =>
            Refuse(state, Sal, $"the account is already a customer; the lead is routed to the account owner{Owner(e)}", e.AccountOwner),
        Mql when e.AccountHasOpenOpportunity =>
            Refuse(state, Sal, $"the account already has an open opportunity; the lead is routed to the account owner{Owner(e)}", e.AccountOwner),
        Mql => Move(state, Sal, at, Cause(e) with { User = e.User }),
        _ => Refuse(state, Sal, NotFrom(state, "an mql")),
    };

    private static TransitionResult Reject(LeadState state, LeadRejected e, DateTimeOffset at) => state.Stage switch
    {
        SalesRejected => Already(state),
        Mql or Sal when string.IsNullOrWhiteSpace(e.Reason) => Refuse(state, SalesRejected, "a reason is required"),
        Mql or Sal => Move(state, SalesRejected, at, Cause(e) with { Reason = e.Reason.Trim(), User = e.User }),
        _ => Refuse(state, SalesRejected, NotFrom(state, "an mql or sal")),
    };

    private static TransitionResult Qualify(LeadState state, LeadQualified e, DateTimeOffset at)
    {
        if (state.Stage == Sql)
        {
            return Already(state);
        }

        if (state.Stage != Sal)
        {
            return Refuse(state, Sql, NotFrom(state, "a sal"));
        }

        var missing = e.Bant.Missing;
        return missing.Count > 0
            ? Refuse(state, Sql, $"BANT is incomplete, missing {string.Join(", ", missing)}")
            : Move(state, Sql, at, Cause(e) with { User = e.User });
    }

    private static TransitionResult OpenOpportunity(LeadState state, OpportunityOpened e, DateTimeOffset at) => state.Stage switch
    {
        Opportunity => Already(state),
        Customer => TransitionResult.Unchanged(state, "A customer stays a customer when named in another opportunity."),
        Anonymous => Refuse(state, Opportunity, "an anonymous visitor must be identified first"),
        _ => Move(state, Opportunity, at, Cause(e) with { OpportunityId = e.OpportunityId }),
    };

    private static TransitionResult Win(LeadState state, OpportunityWon e, DateTimeOffset at) => state.Stage switch
    {
        Customer => Already(state),
        Anonymous => Refuse(state, Customer, "an anonymous visitor must be identified first"),
        _ => Move(state, Customer, at, Cause(e) with { OpportunityId = e.OpportunityId }),
    };

    private static TransitionResult Lose(LeadState state, OpportunitiesLost e, DateTimeOffset at) => state.Stage switch
    {
        Opportunity => Move(state, Lost, at, Cause(e) with { OpportunityId = e.LastOpportunityId }),
        Lost => Already(state),
        Customer => TransitionResult.Unchanged(state, "A customer stays a customer when other opportunities are lost."),
        _ => Refuse(state, Lost, NotFrom(state, "a lead in an opportunity")),
    };

    private static string Owner(LeadAccepted e) => string.IsNullOrWhiteSpace(e.AccountOwner) ? string.Empty : $" {e.AccountOwner}";
}
