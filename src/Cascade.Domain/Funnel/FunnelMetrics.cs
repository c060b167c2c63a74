using Cascade.Domain.Attribution;
using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>
/// Funnel metrics of a period [<see cref="From"/>, <see cref="To"/>) (domain §7).
/// </summary>
/// <remarks>
/// Rules where the spec is silent:
/// <list type="bullet">
/// <item><see cref="Entered"/>: distinct people who entered each stage in the period (a person re-entering MQL
/// after recycling counts once per period). Every stage is listed, with 0 when nobody entered it.</item>
/// <item>Conversions along the main path known → mql → sal → sql → opportunity → customer: of the people who
/// entered stage X in the period, the share who entered the next stage at or after their first entry into X
/// in the period — at any later instant the entries show, so a period's cohort keeps maturing as history
/// arrives. Skipping a stage (known → opportunity) is not a conversion of the skipped step.</item>
/// <item>Time in stage: from an entry in the period to the same person's next entry (any stage); stays not yet
/// ended are left out. Entries at the same instant are ordered along the stage order, so a person made
/// known and MQL by one touch spent 0 in known. Median of an even count is the mean of the two middle values.</item>
/// <item><see cref="MqlToSalRate"/> and <see cref="SqlToOpportunityRate"/> are the mql → sal and sql → opportunity conversions.</item>
/// <item>Win rate: won ÷ (won + lost) of opportunities closed in the period.</item>
/// <item>Every rate is null when its denominator is 0 (nothing to measure), never a division by zero.</item>
/// <item>Speed to lead: rules on <see cref="SpeedToLead"/>. Average won amount: the mean amount of the opportunities
/// won in the period (null when none was).</item>
/// <item>Groups (<c>groupBy=channel|campaign</c>): the lead half (entries, conversions, time in stage, speed to lead)
/// over the people who entered a stage in the period and whose lead-creation touch is on the key
/// (<see cref="FunnelLead.NoLeadTouch"/> for people made known without one); opportunities belong to accounts rather than to one person's first touch, so the
/// opportunity figures are the period's only.</item>
/// </list>
/// </remarks>
public sealed record FunnelMetrics
{
    /// <summary>The main path, in order.</summary>
    public static IReadOnlyList<LifecycleStage> MainPath { get; } =
    [
        LifecycleStage.Known, LifecycleStage.Mql, LifecycleStage.Sal, LifecycleStage.Sql, LifecycleStage.Opportunity, LifecycleStage.Customer,
    ];

    public required DateTimeOffset From { get; init; }
    public required DateTimeOffset To { get; init; }
    public required IReadOnlyDictionary<LifecycleStage, int> Entered { get; init; }
    public required IReadOnlyList<StageConversion> Conversions { get; init; }
    public required IReadOnlyList<StageDuration> TimeInStage { get; init; }
    public required int Won { get; init; }
    public required int Lost { get; init; }
    public required PipelineVelocity Velocity { get; init; }
    public required decimal? MedianHoursMqlToFirstSalesTouch { get; init; }
    public required decimal? AverageWonAmount { get; init; }

    /// <summary>The lead half per lead-creation group, ordinal order of key; empty when not grouped.</summary>
    public IReadOnlyList<FunnelGroup> Groups { get; init; } = [];

    public decimal? MqlToSalRate => Conversion(LifecycleStage.Mql).Rate;

    public decimal? SqlToOpportunityRate => Conversion(LifecycleStage.Sql).Rate;

    public decimal? WinRate => Rate(Won, Won + Lost);

    /// <summary>Computes the metrics of [<paramref name="from"/>, <paramref name="to"/>) from stage entries alone.</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public static FunnelMetrics Compute(DateTimeOffset from, DateTimeOffset to, IEnumerable<FunnelStageEntry> entries, IEnumerable<FunnelOpportunity> opportunities)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return Compute(
            from,
            to,
            entries.GroupBy(e => e.PersonKey, StringComparer.Ordinal).Select(p => new FunnelLead(p.Key, [.. p], null, null, [])),
            opportunities);
    }

    /// <summary>Computes the metrics of [<paramref name="from"/>, <paramref name="to"/>), grouped when <paramref name="groupBy"/> is given.</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>, or a grouping other than channel or campaign.</exception>
    public static FunnelMetrics Compute(
        DateTimeOffset from, DateTimeOffset to, IEnumerable<FunnelLead> leads, IEnumerable<FunnelOpportunity> opportunities, AttributionGroupBy? groupBy = null)
    {
        ArgumentNullException.ThrowIfNull(leads);
        ArgumentNullException.ThrowIfNull(opportunities);
        if (to < from)
        {
            throw new ArgumentException("The period ends before it starts.", nameof(to));
        }

        if (groupBy is not (null or AttributionGroupBy.Channel or AttributionGroupBy.Campaign))
        {
            throw new ArgumentException("The funnel groups by the lead-creation touch's channel or campaign.", nameof(groupBy));
        }

        var people = leads.ToList();
        var stages = StageStatistics.Compute(from, to, people.SelectMany(l => l.Entries));
        var deals = OpportunityStatistics.Compute(from, to, opportunities);
        var groups = groupBy is { } by
            ? people.Where(l => l.Entries.Any(e => e.EnteredAt >= from && e.EnteredAt < to))
                .GroupBy(l => l.GroupOf(by), StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => FunnelGroup.Of(g.Key, StageStatistics.Compute(from, to, g.SelectMany(l => l.Entries)), SpeedToLead.MedianHours(from, to, g)))
                .ToList()
            : [];
        return new FunnelMetrics
        {
            From = from,
            To = to,
            Entered = stages.Entered,
            Conversions = stages.Conversions,
            TimeInStage = stages.Durations,
            Won = deals.Won,
            Lost = deals.Lost,
            Velocity = deals.Velocity,
            MedianHoursMqlToFirstSalesTouch = SpeedToLead.MedianHours(from, to, people),
            AverageWonAmount = deals.AverageWonAmount,
            Groups = groups,
        };
    }

    /// <summary>The conversion from a main-path stage (known … opportunity) to the next one.</summary>
    public StageConversion Conversion(LifecycleStage from) => Conversions.First(c => c.From == from);

    internal static decimal? Rate(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
