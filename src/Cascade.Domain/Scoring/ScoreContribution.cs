namespace Cascade.Domain.Scoring;

/// <summary>One rule that contributed to a score and its points (decayed, for behavioural rules).</summary>
public sealed record ScoreContribution(string Rule, double Points);
