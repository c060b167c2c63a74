namespace Cascade.App.Reports.Sourcing;

/// <summary>
/// <c>GET /api/reports/sourcing?from=&amp;to=</c>: sourced vs influenced pipeline of the opportunities created in
/// [from, to). Beyond api.md's fields it echoes the period and adds <see cref="ByCampaign"/>, since domain §5
/// asks for the figures by campaign too.
/// </summary>
public sealed record SourcingReportView(
    DateTimeOffset From,
    DateTimeOffset To,
    SourcingFigureView MarketingSourced,
    SourcingFigureView SalesSourced,
    SourcingFigureView Unattributed,
    SourcingFigureView MarketingInfluenced,
    IReadOnlyList<SourcingRowView> ByChannel,
    IReadOnlyList<SourcingRowView> ByCampaign);
