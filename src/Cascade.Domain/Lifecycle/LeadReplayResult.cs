namespace Cascade.Domain.Lifecycle;

/// <summary>
/// The outcome of a replay: the final state, the ordered stage history, the touch that made the person
/// known and the first touch that made them an MQL (null when none did, or not by a touch), and the
/// instant of their last activity.
/// </summary>
public sealed record LeadReplayResult(
    LeadState State,
    IReadOnlyList<StageTransition> History,
    string? KnownBy,
    string? MqlBy,
    DateTimeOffset? LastActivityAt);
