namespace Cascade.Domain.Lifecycle.Events;

/// <summary>Flags the person as a fan (an advocate, a partner, an employee): out of scoring and MQL counts.</summary>
public sealed record FanMarked(string? User = null) : LifecycleEvent
{
    public override string Action => "mark_fan";
}
