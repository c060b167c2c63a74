namespace Cascade.Domain.Pipeline;

/// <summary>An open deal that has stalled or is overdue at an instant (<see cref="StuckDeals"/>).</summary>
public sealed record StuckDeal(OpenDeal Deal, int DaysSinceChange, bool Overdue);
