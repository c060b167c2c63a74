using Cascade.Domain.Lifecycle.Events;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Lifecycle;

/// <summary>The transitions marketing and the maintenance timer drive: MQL, dormancy, recycling.</summary>
public static partial class LeadLifecycle
{
    private static TransitionResult ReachMql(LeadState state, MqlReached e, DateTimeOffset at) => state.Stage switch
    {
        Known or Recycled or Dormant when state.IsFan => Refuse(state, Mql, "fans are left out of MQL"),
        Known or Recycled or Dormant => Move(state, Mql, at, Cause(e) with { TouchpointId = e.TouchpointId, Score = e.Score }),
        Mql or Sal or Sql or Opportunity or Customer =>
            TransitionResult.Unchanged(state, $"Already at or past mql (stage {state.Stage.ToName()})."),
        Anonymous => Refuse(state, Mql, "an anonymous visitor must be identified first"),
        Disqualified => Refuse(state, Mql, "disqualified people get no MQL"),
        _ => Refuse(state, Mql, "the lead must be recycled first"),
    };

    private static TransitionResult GoDormant(LeadState state, InactivityElapsed e, DateTimeOffset at) => state.Stage switch
    {
        Known or Recycled => Move(state, Dormant, at, Cause(e)),
        Dormant => Already(state),
        _ => Refuse(state, Dormant, NotFrom(state, "known or recycled leads")),
    };

    private static TransitionResult Recycle(LeadState state, LeadRecycled e, DateTimeOffset at) => state.Stage switch
    {
        SalesRejected or Lost => Move(state, Recycled, at, Cause(e) with { User = e.User }),
        Recycled => Already(state),
        _ => Refuse(state, Recycled, NotFrom(state, "sales_rejected or lost leads")),
    };

    private static TransitionResult Disqualify(LeadState state, LeadDisqualified e, DateTimeOffset at) => state.Stage switch
    {
        Disqualified => Already(state),
        Customer => Refuse(state, Disqualified, "a customer is closed"),
        _ when string.IsNullOrWhiteSpace(e.Reason) => Refuse(state, Disqualified, "a reason is required"),
        _ => Move(state, Disqualified, at, Cause(e) with { Reason = e.Reason.Trim(), User = e.User }),
    };
}
