namespace Cascade.Domain.Pipeline;

/// <summary>
/// The result of <see cref="OpportunityHistory.Apply"/>: accepted with the timeline entries it rewrote (from the first
/// one it changed onwards; none when only fields the reports ignore changed), or ignored as stale, replay or outranked.
/// </summary>
public sealed record OpportunityUpdateResult
{
    private OpportunityUpdateResult(OpportunityUpdateOutcome outcome, IReadOnlyList<OpportunityChange> changes)
    {
        Outcome = outcome;
        Changes = changes;
    }

    public OpportunityUpdateOutcome Outcome { get; }

    public IReadOnlyList<OpportunityChange> Changes { get; }

    public bool IsAccepted => Outcome == OpportunityUpdateOutcome.Accepted;

    public static OpportunityUpdateResult Accepted(IReadOnlyList<OpportunityChange> changes) =>
        new(OpportunityUpdateOutcome.Accepted, changes);

    /// <summary>A version not kept, for the reason <paramref name="outcome"/> gives.</summary>
    public static OpportunityUpdateResult Ignored(OpportunityUpdateOutcome outcome) =>
        outcome == OpportunityUpdateOutcome.Accepted
            ? throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "An accepted version is not ignored.")
            : new(outcome, []);
}
