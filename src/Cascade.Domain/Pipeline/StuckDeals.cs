namespace Cascade.Domain.Pipeline;

/// <summary>
/// Deals to chase at an instant (api.md <c>GET /api/reports/pipeline/stuck</c>): open then, with a close date in the
/// instant's window or before it, and either without a stage or amount change for at least <c>days</c> whole days or
/// overdue (close date before the instant's date). Most days without a change first, then by id.
/// </summary>
public static class StuckDeals
{
    public static IReadOnlyList<StuckDeal> Find(DateTimeOffset asOf, int days, IEnumerable<OpportunityHistory> histories, FiscalCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(histories);
        var windowEnd = DateOnly.FromDateTime(Quarter.Of(asOf, calendar).Plus(4).Start.UtcDateTime);
        var today = DateOnly.FromDateTime(asOf.UtcDateTime);
        return histories
            .Select(h => OpenPipeline.Deal(h, asOf))
            .OfType<OpenDeal>()
            .Where(d => d.State.CloseDate < windowEnd)
            .Select(d => new StuckDeal(d, (int)Math.Floor(OpenDeal.Days(d.LastChangeAt, asOf)), d.State.CloseDate < today))
            .Where(s => s.Overdue || s.DaysSinceChange >= days)
            .OrderByDescending(s => s.DaysSinceChange)
            .ThenBy(s => s.Deal.OpportunityId, StringComparer.Ordinal)
            .ToList();
    }
}
