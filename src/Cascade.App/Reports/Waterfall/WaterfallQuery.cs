using Cascade.App.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Waterfall;

/// <summary><c>GET /api/reports/waterfall/{quarter}</c>: computed live from the histories listed under the quarter.</summary>
public sealed class WaterfallQuery(WaterfallHistories histories, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<WaterfallView>> GetAsync(string? quarter, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(new Dictionary<string, string?>(), settings.Calendar, now);
        var q = parameters.Quarter(quarter);
        if (!parameters.IsValid)
        {
            return ReadResult<WaterfallView>.Invalid(parameters.Errors);
        }

        var listed = await histories.ForAsync([q], cancellationToken: cancellationToken);
        return ReadResult<WaterfallView>.Found(WaterfallView.Of(PipelineWaterfall.Compute(q, listed)));
    }
}
