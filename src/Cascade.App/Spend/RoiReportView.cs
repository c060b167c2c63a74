namespace Cascade.App.Spend;

/// <summary><c>GET /api/reports/roi</c>: spend next to leads, MQLs and one model's credit, by channel or campaign.</summary>
public sealed record RoiReportView(
    string Model,
    string Kind,
    string GroupBy,
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<RoiRowView> Rows,
    RoiTotalView Total);
