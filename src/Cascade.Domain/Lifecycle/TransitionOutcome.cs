namespace Cascade.Domain.Lifecycle;

/// <summary>What <see cref="LeadLifecycle.Apply"/> made of an event.</summary>
public enum TransitionOutcome
{
    /// <summary>The stage changed; a history entry was written.</summary>
    Applied,

    /// <summary>The event is legitimate but moves no stage (the fan flag may still have changed).</summary>
    Unchanged,

    /// <summary>The rules forbid it (HTTP 409 at the edge); the state is untouched.</summary>
    Refused,
}
