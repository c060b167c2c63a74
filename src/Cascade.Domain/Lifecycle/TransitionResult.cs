namespace Cascade.Domain.Lifecycle;

/// <summary>
/// The answer of <see cref="LeadLifecycle.Apply"/>. <see cref="State"/> is always the state to keep: the
/// new one when applied (or when only a flag changed), the old one when refused. <see cref="Reason"/>
/// explains an unchanged or refused event in words a user can read; <see cref="RoutedTo"/> names the
/// account owner a refused sales accept was handed to.
/// </summary>
public sealed record TransitionResult
{
    private TransitionResult()
    {
    }

    public required TransitionOutcome Outcome { get; init; }
    public required LeadState State { get; init; }
    public StageTransition? Transition { get; init; }
    public string? Reason { get; init; }
    public string? RoutedTo { get; init; }

    public bool IsApplied => Outcome == TransitionOutcome.Applied;
    public bool IsRefused => Outcome == TransitionOutcome.Refused;

    public static TransitionResult Applied(LeadState state, StageTransition transition) =>
        new() { Outcome = TransitionOutcome.Applied, State = state, Transition = transition };

    public static TransitionResult Unchanged(LeadState state, string reason) =>
        new() { Outcome = TransitionOutcome.Unchanged, State = state, Reason = reason };

    public static TransitionResult Refused(LeadState state, string reason, string? routedTo = null) =>
        new() { Outcome = TransitionOutcome.Refused, State = state, Reason = reason, RoutedTo = routedTo };
}
