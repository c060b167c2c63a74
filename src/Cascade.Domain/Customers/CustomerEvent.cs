namespace Cascade.Domain.Customers;

/// <summary>
/// Something that may move a customer through the loyalty lifecycle. One sealed record per trigger lives in
/// <c>Customers/Events</c>; <see cref="CustomerLifecycle.Apply"/> decides what it does.
/// </summary>
public abstract record CustomerEvent
{
    /// <summary>The name of the action, as stored in the history's cause (snake_case).</summary>
    public abstract string Action { get; }
}
