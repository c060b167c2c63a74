using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Attribution;
using Cascade.Domain.Funnel;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadPeriods;

namespace Cascade.App.Reports.Funnel;

/// <summary>
/// <c>GET /api/reports/funnel?from=&amp;to=&amp;groupBy=</c>: the people are the period's months of
/// <see cref="LeadPeriodStore"/> (each with their whole stage history, written by their evaluation); the
/// opportunities those that can have been open in the period (<see cref="WaterfallHistories.OpenDuringAsync"/>), each
/// latest state a <see cref="FunnelOpportunity"/>.
/// </summary>
public sealed class FunnelQuery(LeadPeriodStore leads, WaterfallHistories histories, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<FunnelView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var period = parameters.Period();
        var groupBy = parameters.ChannelOrCampaign(optional: true);
        if (!parameters.IsValid)
        {
            return ReadResult<FunnelView>.Invalid(parameters.Errors);
        }

        var people = leads.ListAsync(period.From, period.To, cancellationToken);
        var deals = histories.OpenDuringAsync(period.From, period.To, cancellationToken);
        await Task.WhenAll(people, deals);
        var opportunities = (await deals).Select(h => FunnelOpportunity.From(h.Current!));
        var metrics = FunnelMetrics.Compute(period.From, period.To, await people, opportunities, groupBy);
        return ReadResult<FunnelView>.Found(ViewOf(metrics, groupBy));
    }

    private static FunnelView ViewOf(FunnelMetrics m, AttributionGroupBy? groupBy)
    {
        var v = m.Velocity;
        return new FunnelView(
            m.From,
            m.To,
            StagesOf(m.Entered, m.TimeInStage),
            ConversionsOf(m.Conversions),
            m.MqlToSalRate,
            m.SqlToOpportunityRate,
            m.WinRate,
            m.Won,
            m.Lost,
            new PipelineVelocityView(v.Opportunities, v.AverageAmount, v.WinRate, v.AverageCycleDays, v.PerDay),
            m.MedianHoursMqlToFirstSalesTouch,
            m.AverageWonAmount,
            groupBy is { } by ? WireNames.Of(by) : null,
            m.Groups.Select(g => new FunnelGroupView(
                g.Key,
                StagesOf(g.Entered, g.TimeInStage),
                ConversionsOf(g.Conversions),
                RateOf(g.Conversions, LifecycleStage.Mql),
                RateOf(g.Conversions, LifecycleStage.Sql),
                g.MedianHoursMqlToFirstSalesTouch)).ToList());
    }

    private static List<FunnelStageView> StagesOf(IReadOnlyDictionary<LifecycleStage, int> entered, IReadOnlyList<StageDuration> durations)
    {
        var byStage = durations.ToDictionary(d => d.Stage);
        return Enum.GetValues<LifecycleStage>()
            .Select(s => new FunnelStageView(s.ToName(), entered.GetValueOrDefault(s), byStage[s].Completed, byStage[s].Median?.TotalDays))
            .ToList();
    }

    private static List<StageConversionView> ConversionsOf(IReadOnlyList<StageConversion> conversions) =>
        conversions.Select(c => new StageConversionView(c.From.ToName(), c.To.ToName(), c.Entered, c.Converted, c.Rate)).ToList();

    private static decimal? RateOf(IReadOnlyList<StageConversion> conversions, LifecycleStage from) => conversions.First(c => c.From == from).Rate;
}
