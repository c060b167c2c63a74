namespace Cascade.Domain.Pipeline;

/// <summary>
/// The result of <see cref="OpportunityHistory.Apply"/>: accepted with the timeline changes it
/// produced (none when only fields the reports ignore changed), or stale.
/// </summary>
public sealed record OpportunityUpdateResult
{
    private OpportunityUpdateResult(OpportunityUpdateOutcome outcome, IReadOnlyList<OpportunityChange> changes)
    {
        Outcome = outcome;
        Changes = changes;
    }

    public static OpportunityUpdateResult Stale { get; } = new(OpportunityUpdateOutcome.Stale, []);

    public OpportunityUpdateOutcome Outcome { get; }

    public IReadOnlyList<OpportunityChange> Changes { get; }

    public bool IsAccepted => Outcome == OpportunityUpdateOutcome.Accepted;

    public static OpportunityUpdateResult Accepted(IReadOnlyList<OpportunityChange> changes) =>
        new(OpportunityUpdateOutcome.Accepted, changes);
}
