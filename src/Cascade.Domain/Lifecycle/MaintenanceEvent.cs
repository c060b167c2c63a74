namespace Cascade.Domain.Lifecycle;

/// <summary>A lifecycle event the daily maintenance owes a lead, and the instant it became due.</summary>
public sealed record MaintenanceEvent(DateTimeOffset DueAt, LifecycleEvent Event);
