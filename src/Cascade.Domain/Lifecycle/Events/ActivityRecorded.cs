namespace Cascade.Domain.Lifecycle.Events;

/// <summary>New activity of the person (any touch): wakes a dormant lead up (dormant → known).</summary>
public sealed record ActivityRecorded(string? TouchpointId) : LifecycleEvent
{
    public override string Action => "activity";
}
