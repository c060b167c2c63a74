using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Pipeline;

/// <summary>
/// <c>GET /api/reports/pipeline/stages?from=&amp;to=</c> (period defaults on <see cref="ReportParameters"/>, at most ten
/// years): <see cref="StageFlow"/> over the histories listed under the period's quarters — a stay begins with a change,
/// so every deal with one in the period is listed there.
/// </summary>
public sealed class PipelineStagesQuery(WaterfallHistories histories, WorkspaceSettings settings, PipelineSettings pipeline, TimeProvider time)
{
    private const int MaxQuarters = 40;

    public async Task<ReadResult<PipelineStagesView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parameters = new ReportParameters(query, settings.Calendar, time.GetUtcNow());
        var period = parameters.Period();
        var quarters = new List<Quarter>();
        if (parameters.IsValid)
        {
            for (var q = Quarter.Of(period.From, settings.Calendar); q.Start < period.To && quarters.Count <= MaxQuarters; q = q.Next())
            {
                quarters.Add(q);
            }

            if (quarters.Count > MaxQuarters)
            {
                parameters.Errors.Add(ReportParameters.ToName, "must be at most ten years after from.");
            }
        }

        if (!parameters.IsValid)
        {
            return ReadResult<PipelineStagesView>.Invalid(parameters.Errors);
        }

        var rows = StageFlow.Compute(await histories.ForAsync(quarters, cancellationToken: cancellationToken), period.From, period.To, pipeline);
        return ReadResult<PipelineStagesView>.Found(new PipelineStagesView(period.From, period.To, rows.Select(StageFlowRowView.Of).ToList()));
    }
}
