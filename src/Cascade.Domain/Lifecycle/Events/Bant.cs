namespace Cascade.Domain.Lifecycle.Events;

/// <summary>What sales recorded to qualify a lead: budget, authority, need, timing (all required).</summary>
public sealed record Bant(string? Budget, string? Authority, string? Need, string? Timing)
{
    /// <summary>The names of the blank BANT fields, in B-A-N-T order.</summary>
    public IReadOnlyList<string> Missing =>
        new (string Name, string? Value)[] { ("budget", Budget), ("authority", Authority), ("need", Need), ("timing", Timing) }
            .Where(f => string.IsNullOrWhiteSpace(f.Value))
            .Select(f => f.Name)
            .ToList();
}
