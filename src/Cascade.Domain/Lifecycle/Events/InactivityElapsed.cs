namespace Cascade.Domain.Lifecycle.Events;

/// <summary>No activity for <c>DormantAfterDays</c> since <see cref="Since"/>: known, recycled → dormant.</summary>
public sealed record InactivityElapsed(DateTimeOffset Since) : LifecycleEvent
{
    public override string Action => "inactivity";
}
