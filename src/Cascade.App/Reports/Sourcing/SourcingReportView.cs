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
    IReadOnlyList<SourcingRowView> ByCampaign)
{
    /// <summary>The same figures for the deals won in [from, to).</summary>
    public SourcingRevenueView? Revenue { get; init; }

    /// <summary>Deals open at <c>to</c> with a marketing touch after their creation, with their amount then.</summary>
    public SourcingFigureView? OpenInfluenced { get; init; }
}
