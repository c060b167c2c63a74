using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>
/// Median time people spent in <see cref="Stage"/> over the <see cref="Completed"/> stays that began in
/// the period and have ended; null when none has.
/// </summary>
public sealed record StageDuration(LifecycleStage Stage, int Completed, TimeSpan? Median);
