namespace Cascade.Domain.Attribution;

/// <summary>
/// The four sourcing figures of a set of attributions (domain §5): marketing-sourced, sales-sourced, unattributed,
/// and marketing-influenced (a marketing touch in the journey). Used for revenue: deals won in [from, to), whose
/// revenue journeys end at the close, so influence is counted before it.
/// </summary>
public sealed record SourcingSummary(SourcingFigure MarketingSourced, SourcingFigure SalesSourced, SourcingFigure Unattributed, SourcingFigure MarketingInfluenced)
{
    /// <summary>The revenue figures of the deals whose revenue attribution closed in [from, to).</summary>
    public static SourcingSummary Revenue(IEnumerable<OpportunityAttribution> attributions, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(attributions);
        SourcingFigure marketing = default, sales = default, unattributed = default, influenced = default;
        foreach (var a in attributions.Where(a => a.Kind == AttributionKind.Revenue && a.Journey.End >= from && a.Journey.End < to))
        {
            switch (a.Sourced)
            {
                case Sourcing.Marketing: marketing = marketing.Add(a.Amount); break;
                case Sourcing.Sales: sales = sales.Add(a.Amount); break;
                default: unattributed = unattributed.Add(a.Amount); break;
            }

            if (a.Influenced)
            {
                influenced = influenced.Add(a.Amount);
            }
        }

        return new SourcingSummary(marketing, sales, unattributed, influenced);
    }
}
