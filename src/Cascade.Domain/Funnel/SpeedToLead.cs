using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Funnel;

/// <summary>
/// Speed to lead: how long sales takes to answer an MQL (api.md, funnel <c>medianHoursMqlToFirstSalesTouch</c>).
/// </summary>
/// <remarks>
/// Rules where the spec is silent: sales answers an MQL entry with its first sales touch (a touch of origin
/// sales: call, e-mail, meeting) or the accept (entry into SAL), whichever comes first, at or after the entry.
/// A person counts once a period, with their first MQL entry in it (as <see cref="FunnelMetrics.Entered"/>
/// counts them); entries not answered yet are left out, as stays not yet ended are from time in stage. The
/// median is in hours, rounded half to even to two decimals; null when no entry of the period was answered.
/// </remarks>
public static class SpeedToLead
{
    /// <summary>Each MQL entry of <paramref name="history"/> with sales' first answer to it.</summary>
    public static IReadOnlyList<SalesResponse> Responses(IEnumerable<StageTransition> history, IEnumerable<Touchpoint> touches)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(touches);
        var transitions = history.ToList();
        var answers = touches.Where(t => t.Origin == Origin.Sales).Select(t => t.OccurredAt)
            .Concat(transitions.Where(t => t.To == LifecycleStage.Sal).Select(t => t.At))
            .Order()
            .ToList();
        return transitions.Where(t => t.To == LifecycleStage.Mql)
            .Select(t => new SalesResponse(t.At, answers.Cast<DateTimeOffset?>().FirstOrDefault(a => a >= t.At)))
            .ToList();
    }

    /// <summary>The median hours from MQL to sales' answer over the people's first MQL entries in [from, to).</summary>
    public static decimal? MedianHours(DateTimeOffset from, DateTimeOffset to, IEnumerable<FunnelLead> leads)
    {
        ArgumentNullException.ThrowIfNull(leads);
        var hours = new List<decimal>();
        foreach (var lead in leads)
        {
            var first = lead.Responses.Where(r => r.MqlAt >= from && r.MqlAt < to).MinBy(r => r.MqlAt);
            if (first?.RespondedAt is { } answered)
            {
                hours.Add((decimal)(answered - first.MqlAt).Ticks / TimeSpan.TicksPerHour);
            }
        }

        return Statistics.Median.Of(hours) is { } median ? Math.Round(median, 2, MidpointRounding.ToEven) : null;
    }
}
