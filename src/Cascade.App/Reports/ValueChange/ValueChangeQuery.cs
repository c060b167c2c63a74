using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.ValueChange;

/// <summary>
/// <c>GET /api/reports/value-change/{quarter}?groupBy=channel|campaign</c>: <see cref="ValueChangeReport"/> over the
/// histories listed under the quarter; the touches of each deal with an amount change are read by key
/// (<see cref="OpportunityScopeLoader"/>: its contacts and account people), so the cost follows the quarter's changes.
/// The listed histories give the deals' current versions, and deals of one account share its people's reads.
/// </summary>
public sealed class ValueChangeQuery(WaterfallHistories histories, OpportunityScopeLoader scopes, WorkspaceSettings settings, TimeProvider time)
{
    private static readonly Dictionary<string, bool> Groupings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["channel"] = false,
        ["campaign"] = true,
    };

    public async Task<ReadResult<ValueChangeView>> GetAsync(string? quarter, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var q = parameters.Quarter(quarter);
        var byCampaign = parameters.Choice(ReportParameters.GroupByName, Groupings, false);
        if (!parameters.IsValid)
        {
            return ReadResult<ValueChangeView>.Invalid(parameters.Errors);
        }

        var listed = await histories.ForAsync([q], cancellationToken: cancellationToken);
        var changes = PipelineWaterfall.AmountChangesOf(q, listed);
        var changed = changes.Select(c => c.OpportunityId).ToHashSet(StringComparer.Ordinal);
        var byDeal = await scopes.JourneyTouchesAsync(
            listed.Where(h => changed.Contains(h.OpportunityId)).Select(h => h.Current!), cancellationToken);

        var report = ValueChangeReport.Build(
            q, changes, id => byDeal[id], t => byCampaign ? t.Campaign ?? ValueChangeReport.NoCampaign : t.Channel);
        var rows = report.Rows.Select(r => new ValueChangeRowView(r.Key, r.Increase, r.Decrease)).ToList();
        return ReadResult<ValueChangeView>.Found(new ValueChangeView(
            q.ToString(),
            byCampaign ? "campaign" : "channel",
            new ValueChangeFigureView(report.Increases, report.Increases - report.UnattributedIncrease),
            new ValueChangeFigureView(report.Decreases, report.Decreases - report.UnattributedDecrease),
            rows,
            new ValueChangeUnattributedView(report.UnattributedIncrease, report.UnattributedDecrease)));
    }
}
