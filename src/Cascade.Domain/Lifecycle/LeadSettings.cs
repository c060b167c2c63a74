using Cascade.Domain.Scoring;

namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Workspace settings the lifecycle needs: the scoring rules (with the MQL threshold), how long without
/// activity makes a lead dormant, and how long after sales_rejected / lost the daily maintenance recycles a
/// lead. <see cref="AutoRecycleAfter"/> defaults to zero: recycled at the first maintenance run, which in
/// a replay is the very instant of the rejection or loss.
/// </summary>
public sealed record LeadSettings
{
    public ScoringRules Scoring { get; init; } = ScoringRules.Default;
    public int DormantAfterDays { get; init; } = 90;
    public TimeSpan AutoRecycleAfter { get; init; } = TimeSpan.Zero;

    public static LeadSettings Default { get; } = new();
}
