using Cascade.App.SalesActions;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;

namespace Cascade.App.Leads;

/// <summary>An applied sales action as stored with the person's facts, replayed with the lifecycle.</summary>
public sealed record SalesActionDocument(SalesActionKind Action, string? Reason, string? By, DateTimeOffset At, Bant? Bant)
{
    public static SalesActionDocument From(SalesActionRequest request, DateTimeOffset at) =>
        new(request.Action, request.Reason, request.By, at, request.Bant);

    /// <summary>
    /// The lifecycle event. An accept is stored only once it was allowed, so its replay carries no account
    /// conflict; <paramref name="accountConflict"/> is for deciding a new accept.
    /// </summary>
    public LifecycleEvent ToEvent(AccountStanding? accountConflict = null)
    {
        var user = By ?? "sales";
        return Action switch
        {
            SalesActionKind.Accept => new LeadAccepted(
                user, accountConflict?.HasOpenOpportunity ?? false, accountConflict?.IsCustomer ?? false, accountConflict?.Owner),
            SalesActionKind.Reject => new LeadRejected(Reason ?? string.Empty, user),
            SalesActionKind.Qualify => new LeadQualified(Bant ?? new Bant(null, null, null, null), user),
            SalesActionKind.Disqualify => new LeadDisqualified(Reason ?? string.Empty, user),
            SalesActionKind.Recycle => new LeadRecycled(Automatic: false, user),
            SalesActionKind.MarkFan => new FanMarked(user),
            SalesActionKind.UnmarkFan => new FanUnmarked(user),
            _ => throw new InvalidOperationException($"Unknown sales action {Action}."),
        };
    }

    public SalesAction ToSalesAction() => new(At, ToEvent());
}
