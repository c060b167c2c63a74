namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// Back to nurturing (sales_rejected, lost → recycled), by the daily maintenance
/// (<see cref="Automatic"/>) or by a user. Recycling resets the behavioural score.
/// </summary>
public sealed record LeadRecycled(bool Automatic, string? User = null) : LifecycleEvent
{
    public override string Action => Automatic ? "auto_recycle" : "recycle";
}
