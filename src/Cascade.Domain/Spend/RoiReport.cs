using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Spend;

/// <summary>
/// Spend next to what it bought, by channel or campaign: the spend of the period's months, the people whose
/// lead-creation (LC) and MQL touches fall in the period on the group, and one model's credited opportunities and
/// amount as the attribution report gives them. A group appears when any of these is on it; rows are in ordinal
/// key order and the total sums them (credits: the attribution report's own total).
/// </summary>
/// <remarks>
/// Spend without a campaign is grouped under <see cref="AttributionReport.NoCampaign"/>, as touches without one
/// are. A person without an LC touch (made known by an import or the CRM) is nobody's lead: in no row and not in
/// the total, which counts only what a group can be charged for.
/// </remarks>
public sealed record RoiReport(AttributionGroupBy GroupBy, IReadOnlyList<RoiReportRow> Rows, RoiFigures Total)
{
    /// <param name="groupBy">Channel or campaign (spend is recorded by those only).</param>
    /// <param name="from">The period's first instant (LC and MQL touches from it count).</param>
    /// <param name="to">The period's end, exclusive.</param>
    /// <param name="spend">The entries of the period's months.</param>
    /// <param name="leadTouches">Each person's LC touch (at most one a person).</param>
    /// <param name="mqlTouches">Each person's MQL touch (at most one a person).</param>
    /// <param name="credited">The attribution report of the same model, kind, grouping and period.</param>
    public static RoiReport Build(
        AttributionGroupBy groupBy,
        DateTimeOffset from,
        DateTimeOffset to,
        IEnumerable<SpendEntry> spend,
        IEnumerable<Touchpoint> leadTouches,
        IEnumerable<Touchpoint> mqlTouches,
        AttributionReport credited)
    {
        ArgumentNullException.ThrowIfNull(spend);
        ArgumentNullException.ThrowIfNull(leadTouches);
        ArgumentNullException.ThrowIfNull(mqlTouches);
        ArgumentNullException.ThrowIfNull(credited);
        if (groupBy is not (AttributionGroupBy.Channel or AttributionGroupBy.Campaign))
        {
            throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, "Spend is recorded by channel and campaign only.");
        }

        var spent = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var entry in spend)
        {
            var key = groupBy == AttributionGroupBy.Channel ? entry.Channel : entry.Campaign ?? AttributionReport.NoCampaign;
            spent[key] = spent.GetValueOrDefault(key) + entry.Amount;
        }

        var leads = Count(leadTouches, groupBy, from, to);
        var mqls = Count(mqlTouches, groupBy, from, to);
        var credits = credited.Rows.ToDictionary(r => r.Key, StringComparer.Ordinal);

        var rows = spent.Keys.Concat(leads.Keys).Concat(mqls.Keys).Concat(credits.Keys)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(key => new RoiReportRow(key, new RoiFigures(
                spent.GetValueOrDefault(key),
                leads.GetValueOrDefault(key),
                mqls.GetValueOrDefault(key),
                credits.GetValueOrDefault(key)?.Opportunities ?? 0,
                credits.GetValueOrDefault(key)?.Amount ?? 0m)))
            .ToList();
        var total = new RoiFigures(
            rows.Sum(r => r.Figures.Spend),
            rows.Sum(r => r.Figures.Leads),
            rows.Sum(r => r.Figures.Mqls),
            credited.Total.Opportunities,
            credited.Total.Amount);
        return new RoiReport(groupBy, rows, total);
    }

    private static Dictionary<string, int> Count(IEnumerable<Touchpoint> touches, AttributionGroupBy groupBy, DateTimeOffset from, DateTimeOffset to)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var touch in touches)
        {
            if (touch.OccurredAt >= from && touch.OccurredAt < to)
            {
                var key = AttributionReport.KeyOf(touch, groupBy);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }

        return counts;
    }
}
