using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// Credits and money of one model and kind, summed by channel, campaign, origin or type over a set of
/// attributions. Attributions of the other kind are left out. A touch without campaign is grouped under
/// <see cref="NoCampaign"/>. Rows are ordered by key (ordinal); the total is the sum of the rows.
/// </summary>
public sealed record AttributionReport(
    AttributionModel Model, AttributionKind Kind, AttributionGroupBy GroupBy, IReadOnlyList<AttributionReportRow> Rows, AttributionReportRow Total)
{
    public const string NoCampaign = "(none)";

    public static AttributionReport Build(
        IEnumerable<OpportunityAttribution> attributions, AttributionModel model, AttributionKind kind, AttributionGroupBy groupBy)
    {
        var rows = new Dictionary<string, (double Credit, decimal Amount)>(StringComparer.Ordinal);
        var totalCredit = 0.0;
        var totalAmount = 0m;
        foreach (var attribution in attributions)
        {
            if (attribution.Kind != kind)
            {
                continue;
            }

            var result = attribution.For(model);
            var touches = attribution.Journey.Touches;
            for (var i = 0; i < touches.Count; i++)
            {
                var key = KeyOf(touches[i], groupBy);
                var (credit, amount) = rows.GetValueOrDefault(key);
                rows[key] = (credit + result.Credits[i], amount + result.Amounts[i]);
                totalCredit += result.Credits[i];
                totalAmount += result.Amounts[i];
            }
        }

        var ordered = rows.OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new AttributionReportRow(r.Key, r.Value.Credit, r.Value.Amount))
            .ToList();
        return new AttributionReport(model, kind, groupBy, ordered, new AttributionReportRow("total", totalCredit, totalAmount));
    }

    /// <summary>The group a touch is credited to (the key of its report row).</summary>
    public static string KeyOf(Touchpoint touch, AttributionGroupBy groupBy) => groupBy switch
    {
        AttributionGroupBy.Channel => touch.Channel,
        AttributionGroupBy.Campaign => touch.Campaign ?? NoCampaign,
        AttributionGroupBy.Origin => touch.Origin == Origin.Marketing ? "marketing" : "sales",
        AttributionGroupBy.Type => touch.Type,
        _ => throw new ArgumentOutOfRangeException(nameof(groupBy), groupBy, null),
    };
}
