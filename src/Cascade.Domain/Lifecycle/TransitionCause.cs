namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Why a transition happened, as stored in the history: the action and, as relevant, the touch, the
/// score, the user, the reason given and the opportunity.
/// </summary>
public sealed record TransitionCause
{
    public required string Action { get; init; }
    public string? TouchpointId { get; init; }
    public double? Score { get; init; }
    public string? User { get; init; }
    public string? Reason { get; init; }
    public string? OpportunityId { get; init; }
}
