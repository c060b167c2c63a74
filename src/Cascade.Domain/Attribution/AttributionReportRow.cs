namespace Cascade.Domain.Attribution;

/// <summary>
/// One group of an <see cref="AttributionReport"/>: the summed credit (how many opportunities the group is
/// worth) and the summed money.
/// </summary>
public sealed record AttributionReportRow(string Key, double Opportunities, decimal Amount);
