namespace Cascade.App.Reports.Attribution;

/// <summary>
/// <c>GET /api/reports/attribution/compare</c>: every model side by side over the same opportunities.
/// <see cref="Models"/> lists the wire names in the order of domain §5; every row has every model (0 where a
/// model gives the key nothing), and <see cref="Totals"/> holds each model's total, the same amount for all.
/// </summary>
public sealed record AttributionCompareView(
    string Kind,
    string GroupBy,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<string> Models,
    IReadOnlyList<AttributionCompareRowView> Rows,
    IReadOnlyDictionary<string, AttributionFigureView> Totals);
