using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// Sourced vs influenced pipeline (domain §5) of the opportunities created in [from, to), from their
/// pipeline attributions (revenue attributions are left out; amounts are amounts at creation).
/// <list type="bullet">
/// <item>By channel / campaign, sourced goes to the first touch's channel (campaign); an influenced
/// opportunity counts once in every channel (campaign) that has a marketing touch in its journey, so rows
/// overlap and do not add up to the overall influenced figure.</item>
/// <item>A first touch without campaign is grouped under <see cref="AttributionReport.NoCampaign"/>.</item>
/// </list>
/// </summary>
public sealed record SourcingReport(
    DateTimeOffset From,
    DateTimeOffset To,
    SourcingFigure MarketingSourced,
    SourcingFigure SalesSourced,
    SourcingFigure Unattributed,
    SourcingFigure MarketingInfluenced,
    IReadOnlyList<SourcingRow> ByChannel,
    IReadOnlyList<SourcingRow> ByCampaign)
{
    public static SourcingReport Build(IEnumerable<OpportunityAttribution> attributions, DateTimeOffset from, DateTimeOffset to)
    {
        SourcingFigure marketing = default, sales = default, unattributed = default, influenced = default;
        var byChannel = new Dictionary<string, (SourcingFigure Sourced, SourcingFigure Influenced)>(StringComparer.Ordinal);
        var byCampaign = new Dictionary<string, (SourcingFigure Sourced, SourcingFigure Influenced)>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in attributions)
        {
            if (a.Kind != AttributionKind.Pipeline || a.CreatedAt < from || a.CreatedAt >= to)
            {
                continue;
            }

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

            if (!a.Journey.IsEmpty)
            {
                var first = a.Journey.Touches[0];
                AddSourced(byChannel, first.Channel, a.Amount);
                AddSourced(byCampaign, first.Campaign ?? AttributionReport.NoCampaign, a.Amount);
            }

            AddInfluenced(byChannel, a, static t => t.Channel, seen);
            AddInfluenced(byCampaign, a, static t => t.Campaign ?? AttributionReport.NoCampaign, seen);
        }

        return new SourcingReport(from, to, marketing, sales, unattributed, influenced, Rows(byChannel), Rows(byCampaign));
    }

    private static void AddSourced(Dictionary<string, (SourcingFigure Sourced, SourcingFigure Influenced)> rows, string key, decimal amount)
    {
        var row = rows.GetValueOrDefault(key);
        rows[key] = (row.Sourced.Add(amount), row.Influenced);
    }

    private static void AddInfluenced(
        Dictionary<string, (SourcingFigure Sourced, SourcingFigure Influenced)> rows, OpportunityAttribution a, Func<Touchpoint, string> keyOf, HashSet<string> seen)
    {
        seen.Clear();
        foreach (var t in a.Journey.Touches)
        {
            if (t.Origin == Origin.Marketing && seen.Add(keyOf(t)))
            {
                var row = rows.GetValueOrDefault(keyOf(t));
                rows[keyOf(t)] = (row.Sourced, row.Influenced.Add(a.Amount));
            }
        }
    }

    private static List<SourcingRow> Rows(Dictionary<string, (SourcingFigure Sourced, SourcingFigure Influenced)> rows) =>
        rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new SourcingRow(r.Key, r.Value.Sourced, r.Value.Influenced)).ToList();
}
