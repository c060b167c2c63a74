namespace Cascade.App.Customers;

/// <summary><c>GET /api/reports/customers?from=&amp;to=</c>: retention, repeat purchase, expansion, lifetime value and NPS over [from, to).</summary>
public sealed record CustomersReportView(
    DateTimeOffset From,
    DateTimeOffset To,
    CustomerCountsView Customers,
    CustomerStatusCountsView ByStatus,
    decimal? RetentionRate,
    decimal? RepeatPurchaseRate,
    ExpansionView Expansion,
    decimal? AverageLifetimeValue,
    NpsView Nps);
