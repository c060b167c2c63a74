namespace Cascade.Domain.Scoring;

/// <summary>
/// An explained score. <see cref="Total"/>, <see cref="Demographic"/>, <see cref="Behavioural"/> and each
/// contribution are reported rounded to 2 decimals (half to even), so the rounded parts may differ from the
/// rounded total by a hundredth; <see cref="ReachesThreshold"/> compares the unrounded <see cref="Exact"/>.
/// </summary>
public sealed record LeadScore
{
    public required double Total { get; init; }
    public required double Demographic { get; init; }
    public required double Behavioural { get; init; }
    public required IReadOnlyList<ScoreContribution> Rules { get; init; }

    /// <summary>The unrounded total.</summary>
    public required double Exact { get; init; }

    /// <summary>True when the unrounded total is at or above the MQL threshold.</summary>
    public required bool ReachesThreshold { get; init; }
}
