using Cascade.Domain.Lifecycle.Events;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Lifecycle;

/// <summary>
/// The lead lifecycle of domain §3 as a pure function. Rules where the spec is silent:
/// <list type="bullet">
/// <item>An event whose target is the current stage is <see cref="TransitionOutcome.Unchanged"/> (a repeat
/// is harmless): identifying a known person, activity of anyone not dormant, a second accept, etc.</item>
/// <item>MQL reached by a lead already at or past <c>mql</c> on the main line (mql … customer) is unchanged;
/// from anonymous, sales_rejected, lost (recycle first), disqualified or for a fan it is refused.</item>
/// <item>"Closed" stages are <c>customer</c> and <c>disqualified</c>: every other stage, anonymous
/// included, may be disqualified.</item>
/// <item>The CRM is the authority on deals: an open opportunity naming the person moves any stage but customer
/// to opportunity, a won one any stage but customer to customer (dormant, recycled, lost, rejected and disqualified
/// people included). An anonymous person must be identified first (<see cref="LeadReplay"/> identifies a contact
/// the CRM names before any touch with <c>identified_by_crm</c>).</item>
/// <item>A customer named in another opportunity, or whose other opportunities are lost, stays a customer
/// (unchanged): upsells must not demote a customer.</item>
/// <item>The fan flag never changes the stage: marking/unmarking is unchanged with the flag set in the
/// returned state. A fan still goes dormant and wakes up on activity like anyone; only its scoring and
/// MQL are frozen.</item>
/// <item>Recycling stamps <see cref="LeadState.RecycledAt"/>; the scorer counts only later touches.</item>
/// </list>
/// </summary>
public static partial class LeadLifecycle
{
    public static TransitionResult Apply(LeadState state, LifecycleEvent evt, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(evt);
        return evt switch
        {
            LeadIdentified e => state.Stage == Anonymous
                ? Move(state, Known, at, Cause(e) with { TouchpointId = e.TouchpointId, User = e.User, OpportunityId = e.OpportunityId })
                : TransitionResult.Unchanged(state, $"Already identified (stage {state.Stage.ToName()})."),
            MqlReached e => ReachMql(state, e, at),
            ActivityRecorded e => state.Stage == Dormant
                ? Move(state, Known, at, Cause(e) with { TouchpointId = e.TouchpointId })
                : TransitionResult.Unchanged(state, $"Activity moves only a dormant lead (stage {state.Stage.ToName()})."),
            LeadAccepted e => Accept(state, e, at),
            LeadRejected e => Reject(state, e, at),
            LeadQualified e => Qualify(state, e, at),
            LeadDisqualified e => Disqualify(state, e, at),
            LeadRecycled e => Recycle(state, e, at),
            OpportunityOpened e => OpenOpportunity(state, e, at),
            OpportunityWon e => Win(state, e, at),
            OpportunitiesLost e => Lose(state, e, at),
            InactivityElapsed e => GoDormant(state, e, at),
            FanMarked => TransitionResult.Unchanged(state with { IsFan = true }, $"Marked as fan; stage {state.Stage.ToName()} kept."),
            FanUnmarked => TransitionResult.Unchanged(state with { IsFan = false }, $"Fan flag cleared; stage {state.Stage.ToName()} kept."),
            _ => throw new ArgumentOutOfRangeException(nameof(evt), evt.GetType().Name, "Unknown lifecycle event."),
        };
    }

    private static TransitionResult Move(LeadState state, LifecycleStage to, DateTimeOffset at, TransitionCause cause) =>
        TransitionResult.Applied(
            state with { Stage = to, StageSince = at, RecycledAt = to == Recycled ? at : state.RecycledAt },
            new StageTransition(state.Stage, to, at, cause));

    private static TransitionResult Refuse(LeadState state, LifecycleStage to, string why, string? routedTo = null) =>
        TransitionResult.Refused(state, $"Cannot move from {state.Stage.ToName()} to {to.ToName()}: {why}.", routedTo);

    private static TransitionResult Already(LeadState state) =>
        TransitionResult.Unchanged(state, $"Already {state.Stage.ToName()}.");

    private static TransitionCause Cause(LifecycleEvent evt) => new() { Action = evt.Action };

    private static string NotFrom(LeadState state, string allowed) =>
        $"only {allowed} can, not {state.Stage.ToName()}";
}
