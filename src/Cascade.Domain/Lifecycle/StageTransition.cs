namespace Cascade.Domain.Lifecycle;

/// <summary>One applied stage change: the history entry from which time-in-stage and conversion rates come.</summary>
public sealed record StageTransition(LifecycleStage From, LifecycleStage To, DateTimeOffset At, TransitionCause Cause);
