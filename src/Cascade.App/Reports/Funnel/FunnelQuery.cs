using Cascade.App.Reads;
using Cascade.Domain.Funnel;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Funnel;

/// <summary>
/// <c>GET /api/reports/funnel?from=&amp;to=</c>: every applied transition of every lead replay is a stage entry
/// (the person keyed by e-mail), every opportunity's latest state a <see cref="FunnelOpportunity"/>.
/// </summary>
public sealed class FunnelQuery(IWorkspaceReader reader, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<FunnelView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var period = parameters.Period();
        if (!parameters.IsValid)
        {
            return ReadResult<FunnelView>.Invalid(parameters.Errors);
        }

        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        var metrics = FunnelMetrics.Compute(period.From, period.To, EntriesOf(analysis), analysis.Opportunities.Select(h => FunnelOpportunity.From(h.Current!)));
        return ReadResult<FunnelView>.Found(ViewOf(metrics));
    }

    private static IEnumerable<FunnelStageEntry> EntriesOf(WorkspaceAnalysis analysis) =>
        analysis.Leads.SelectMany(lead => lead.Value.History.Select(t => new FunnelStageEntry(lead.Key.Value, t.To, t.At)));

    private static FunnelView ViewOf(FunnelMetrics m)
    {
        var durations = m.TimeInStage.ToDictionary(d => d.Stage);
        var stages = Enum.GetValues<LifecycleStage>()
            .Select(s => new FunnelStageView(s.ToName(), m.Entered.GetValueOrDefault(s), durations[s].Completed, durations[s].Median?.TotalDays))
            .ToList();
        var conversions = m.Conversions
            .Select(c => new StageConversionView(c.From.ToName(), c.To.ToName(), c.Entered, c.Converted, c.Rate))
            .ToList();
        var v = m.Velocity;
        return new FunnelView(
            m.From, m.To, stages, conversions, m.MqlToSalRate, m.SqlToOpportunityRate, m.WinRate, m.Won, m.Lost,
            new PipelineVelocityView(v.Opportunities, v.AverageAmount, v.WinRate, v.AverageCycleDays, v.PerDay));
    }
}
