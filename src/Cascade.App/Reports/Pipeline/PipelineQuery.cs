using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;

namespace Cascade.App.Reports.Pipeline;

/// <summary>
/// <c>GET /api/reports/pipeline?asOf=&amp;groupBy=stage|closeQuarter|channel|sourced</c>: the open pipeline in scope at
/// <c>asOf</c> (default now), from the histories listed under its quarter (<see cref="WaterfallHistories"/>). Channel and
/// sourced come from each deal's stored pipeline attribution, read by key: the first touch's channel (<c>(none)</c>
/// without a journey) and marketing / sales / unattributed. <c>?type=</c> keeps deals of one type (<see cref="StoredOpportunityTypes"/>).
/// </summary>
public sealed class PipelineQuery(
    WaterfallHistories histories, StoredOpportunityTypes types, AttributionStore attributions, WorkspaceSettings settings, PipelineSettings pipeline, TimeProvider time)
{
    public const string AsOfName = "asOf";

    /// <summary>The channel of a deal without a journey.</summary>
    public const string NoChannel = "(none)";

    private static readonly Dictionary<string, PipelineGrouping> Groupings = new(StringComparer.OrdinalIgnoreCase)
    {
        ["stage"] = PipelineGrouping.Stage,
        ["closeQuarter"] = PipelineGrouping.CloseQuarter,
        ["channel"] = PipelineGrouping.Channel,
        ["sourced"] = PipelineGrouping.Sourced,
    };

    public async Task<ReadResult<PipelineView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parameters = new ReportParameters(query, settings.Calendar, time.GetUtcNow());
        var asOf = parameters.AsOf(AsOfName);
        var groupBy = parameters.Choice(ReportParameters.GroupByName, Groupings, PipelineGrouping.Stage);
        var type = parameters.OpportunityType();
        if (!parameters.IsValid)
        {
            return ReadResult<PipelineView>.Invalid(parameters.Errors);
        }

        var listed = await types.KeepAsync(await histories.ForAsync([Quarter.Of(asOf, settings.Calendar)], cancellationToken: cancellationToken), type, cancellationToken);
        var deals = OpenPipeline.At(asOf, listed, settings.Calendar);
        var keys = groupBy is PipelineGrouping.Channel or PipelineGrouping.Sourced
            ? await AttributionKeysAsync(deals, groupBy, cancellationToken)
            : null;
        var report = PipelineReport.Build(asOf, groupBy, deals, d => groupBy switch
        {
            PipelineGrouping.Stage => PipelineReport.StageKey(d),
            PipelineGrouping.CloseQuarter => PipelineReport.CloseQuarterKey(d, settings.Calendar),
            _ => keys![d.OpportunityId],
        }, pipeline);
        return ReadResult<PipelineView>.Found(new PipelineView(
            report.AsOf, Groupings.First(g => g.Value == groupBy).Key, report.Rows.Select(PipelineRowView.Of).ToList(), PipelineRowView.Of(report.Total)));
    }

    private async Task<Dictionary<string, string>> AttributionKeysAsync(IReadOnlyList<OpenDeal> deals, PipelineGrouping groupBy, CancellationToken cancellationToken)
    {
        var records = await Task.WhenAll(deals.Select(d => attributions.GetAsync(d.OpportunityId, AttributionKind.Pipeline, cancellationToken)));
        return deals.Zip(records).ToDictionary(
            p => p.First.OpportunityId,
            p => groupBy == PipelineGrouping.Sourced
                ? WireNames.Of(p.Second?.Sourced ?? Domain.Attribution.Sourcing.Unattributed)
                : (p.Second is { Touches.Count: > 0 } r ? r.Touches[0].Channel : NoChannel),
            StringComparer.Ordinal);
    }
}
