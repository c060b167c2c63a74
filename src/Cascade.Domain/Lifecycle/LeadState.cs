namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Where one person stands in the lead lifecycle (domain §3). <see cref="IsFan"/> is a flag next to the
/// stage, not a stage. <see cref="RecycledAt"/> is the last recycling instant: behavioural scoring only
/// counts touches after it. <see cref="StageSince"/> is when the current stage was entered (null for a
/// fresh anonymous visitor); maintenance measures dormancy and recycling delays from it.
/// </summary>
public sealed record LeadState
{
    public static readonly LeadState Anonymous = new() { Stage = LifecycleStage.Anonymous };

    public required LifecycleStage Stage { get; init; }
    public bool IsFan { get; init; }
    public DateTimeOffset? StageSince { get; init; }
    public DateTimeOffset? RecycledAt { get; init; }

    /// <summary>A lead in <paramref name="stage"/> since <paramref name="since"/> (imports, tests).</summary>
    public static LeadState In(LifecycleStage stage, DateTimeOffset? since = null, bool isFan = false) =>
        new() { Stage = stage, StageSince = since, IsFan = isFan };

    /// <summary>True when no further score counts and no MQL is possible.</summary>
    public bool IsDisqualified => Stage == LifecycleStage.Disqualified;

    /// <summary>Fans and disqualified people score no behavioural points (domain §3, §4).</summary>
    public bool BehaviourFrozen => IsFan || IsDisqualified;
}
