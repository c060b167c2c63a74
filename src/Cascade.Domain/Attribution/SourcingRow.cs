namespace Cascade.Domain.Attribution;

/// <summary>
/// One channel (or campaign) of a <see cref="SourcingReport"/>: the opportunities whose first touch it is,
/// and the marketing-influenced opportunities with at least one marketing touch in it.
/// </summary>
public sealed record SourcingRow(string Key, SourcingFigure Sourced, SourcingFigure Influenced);
