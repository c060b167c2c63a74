namespace Cascade.Storage.Attribution;

/// <summary>
/// An opportunity filed under a report's months (<see cref="AttributionPeriodStore"/>): its stored attribution when
/// the row carries it, otherwise null and the reader reads it by key.
/// </summary>
public sealed record AttributionPeriodEntry(string OpportunityId, AttributionRecord? Record);
