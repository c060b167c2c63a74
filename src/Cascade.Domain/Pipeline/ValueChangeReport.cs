using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// Marketing's effect after creation (api.md <c>GET /api/reports/value-change/{quarter}</c>): the quarter's amount
/// changes of in-scope opportunities (the waterfall's <c>amountChanges</c>), increases and decreases apart, each credited
/// linearly to the marketing touches of the deal's people in (previous version, change], split to cents by domain §5's
/// rule (<see cref="MoneySplit"/>); a change without such a touch is unattributed. Rows plus
/// <see cref="UnattributedIncrease"/> / <see cref="UnattributedDecrease"/> sum exactly to <see cref="Increases"/> and
/// <see cref="Decreases"/>. Rows by key, ordinal.
/// </summary>
public sealed record ValueChangeReport(
    Quarter Quarter,
    decimal Increases,
    decimal Decreases,
    IReadOnlyList<ValueChangeRow> Rows,
    decimal UnattributedIncrease,
    decimal UnattributedDecrease)
{
    /// <summary>The key of a touch without campaign.</summary>
    public const string NoCampaign = AttributionReport.NoCampaign;

    /// <param name="quarter">The quarter.</param>
    /// <param name="changes">Its amount changes (<see cref="PipelineWaterfall.AmountChangesOf"/>).</param>
    /// <param name="touchesOf">The touches of a deal's people (its latest version's contacts and account people).</param>
    /// <param name="keyOf">A touch's row: its channel or campaign.</param>
    public static ValueChangeReport Build(
        Quarter quarter, IEnumerable<AmountChange> changes, Func<string, IEnumerable<Touchpoint>> touchesOf, Func<Touchpoint, string> keyOf)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(touchesOf);
        ArgumentNullException.ThrowIfNull(keyOf);
        decimal increases = 0, decreases = 0, unattributedIncrease = 0, unattributedDecrease = 0;
        var rows = new Dictionary<string, (decimal Increase, decimal Decrease)>(StringComparer.Ordinal);
        foreach (var change in changes)
        {
            var touches = touchesOf(change.OpportunityId)
                .Where(t => t.Origin == Origin.Marketing && t.OccurredAt > change.PreviousAt && t.OccurredAt <= change.At)
                .Order(Touchpoint.Chronological)
                .ToList();
            var increase = change.Amount > 0;
            if (increase)
            {
                increases += change.Amount;
            }
            else
            {
                decreases += change.Amount;
            }

            if (touches.Count == 0)
            {
                unattributedIncrease += increase ? change.Amount : 0;
                unattributedDecrease += increase ? 0 : change.Amount;
                continue;
            }

            var parts = MoneySplit.Split(change.Amount, Enumerable.Repeat(1.0 / touches.Count, touches.Count).ToList());
            for (var i = 0; i < touches.Count; i++)
            {
                var key = keyOf(touches[i]);
                var row = rows.GetValueOrDefault(key);
                rows[key] = increase ? (row.Increase + parts[i], row.Decrease) : (row.Increase, row.Decrease + parts[i]);
            }
        }

        return new ValueChangeReport(
            quarter,
            increases,
            decreases,
            rows.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new ValueChangeRow(r.Key, r.Value.Increase, r.Value.Decrease)).ToList(),
            unattributedIncrease,
            unattributedDecrease);
    }
}
