namespace Cascade.App.Reports.Attribution;

/// <summary>
/// <c>GET /api/reports/attribution</c>: one model's credit by group over the opportunities created (pipeline)
/// or won (revenue) in [from, to); rows in ordinal key order, the total is their sum.
/// </summary>
public sealed record AttributionReportView(
    string Model,
    string Kind,
    string GroupBy,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<AttributionRowView> Rows,
    AttributionFigureView Total);
