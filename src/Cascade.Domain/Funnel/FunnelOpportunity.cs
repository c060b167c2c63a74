using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Funnel;

/// <summary>
/// An opportunity's final state as the funnel needs it: amount, status, created and closed instants.
/// A closed opportunity always has its close instant.
/// </summary>
public sealed record FunnelOpportunity
{
    private FunnelOpportunity(string opportunityId, decimal amount, OpportunityStatus status, DateTimeOffset createdAt, DateTimeOffset? closedAt)
    {
        OpportunityId = opportunityId;
        Amount = amount;
        Status = status;
        CreatedAt = createdAt;
        ClosedAt = closedAt;
    }

    public string OpportunityId { get; }
    public decimal Amount { get; }
    public OpportunityStatus Status { get; }
    public DateTimeOffset CreatedAt { get; }

    /// <summary>When it closed; null while open.</summary>
    public DateTimeOffset? ClosedAt { get; }

    public bool IsOpen => Status == OpportunityStatus.Open;

    /// <exception cref="ArgumentException">A closed opportunity without a close instant (a mapping bug).</exception>
    public static FunnelOpportunity Create(string opportunityId, decimal amount, OpportunityStatus status, DateTimeOffset createdAt, DateTimeOffset? closedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(opportunityId);
        if (status != OpportunityStatus.Open && closedAt is null)
        {
            throw new ArgumentException($"Closed opportunity '{opportunityId}' needs its close instant.", nameof(closedAt));
        }

        return new FunnelOpportunity(opportunityId, amount, status, createdAt, status == OpportunityStatus.Open ? null : closedAt);
    }

    /// <summary>From the latest CRM state; a closed state without <c>ClosedAt</c> is taken as closed at its <c>UpdatedAt</c>.</summary>
    public static FunnelOpportunity From(Opportunity state) =>
        Create(state.OpportunityId, state.Amount, state.Status, state.CreatedAt, state.IsOpen ? null : state.ClosedAt ?? state.UpdatedAt);
}
