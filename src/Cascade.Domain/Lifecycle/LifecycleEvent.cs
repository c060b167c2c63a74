namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Something that may move a lead through the lifecycle. One sealed record per trigger of domain §3
/// lives in <c>Lifecycle/Events</c>; <see cref="LeadLifecycle.Apply"/> decides what it does.
/// </summary>
public abstract record LifecycleEvent
{
    /// <summary>The name of the action, as stored in the history's cause (snake_case).</summary>
    public abstract string Action { get; }
}
