using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Customers;

/// <summary>
/// The answer of <see cref="CustomerLifecycle.Apply"/>. <see cref="State"/> is always the state to keep (its last
/// activity may move even when the status does not); <see cref="Reason"/> explains an unchanged or refused event.
/// </summary>
public sealed record CustomerTransitionResult
{
    private CustomerTransitionResult()
    {
    }

    public required TransitionOutcome Outcome { get; init; }
    public required CustomerState State { get; init; }
    public CustomerStatusChange? Change { get; init; }
    public string? Reason { get; init; }

    public bool IsApplied => Outcome == TransitionOutcome.Applied;
    public bool IsRefused => Outcome == TransitionOutcome.Refused;

    public static CustomerTransitionResult Applied(CustomerState state, CustomerStatusChange change) =>
        new() { Outcome = TransitionOutcome.Applied, State = state, Change = change };

    public static CustomerTransitionResult Unchanged(CustomerState state, string reason) =>
        new() { Outcome = TransitionOutcome.Unchanged, State = state, Reason = reason };

    public static CustomerTransitionResult Refused(CustomerState state, string reason) =>
        new() { Outcome = TransitionOutcome.Refused, State = state, Reason = reason };
}
