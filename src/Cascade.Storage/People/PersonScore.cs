namespace Cascade.Storage.People;

/// <summary>The last score computed for a person and when (the API shows it; scoring recomputes from facts).</summary>
public sealed record PersonScore(double Total, double Demographic, double Behavioural, DateTimeOffset ScoredAt);
