namespace Cascade.App.Reports.Sourcing;

/// <summary>The sourcing report's four figures for the deals won in [from, to), with their won amounts; influence counted before the close.</summary>
public sealed record SourcingRevenueView(
    SourcingFigureView MarketingSourced,
    SourcingFigureView SalesSourced,
    SourcingFigureView Unattributed,
    SourcingFigureView MarketingInfluenced);
