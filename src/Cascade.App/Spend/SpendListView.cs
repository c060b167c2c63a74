namespace Cascade.App.Spend;

/// <summary><c>GET /api/spend</c>: the cells of the months in [from, to), by month then channel and campaign, and their sum.</summary>
public sealed record SpendListView(DateTimeOffset From, DateTimeOffset To, string Currency, IReadOnlyList<SpendRowView> Rows, decimal Total);
