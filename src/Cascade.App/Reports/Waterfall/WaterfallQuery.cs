using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// <c>GET /api/reports/waterfall/{quarter}?type=</c>: computed live from the histories listed under the quarter, with a
/// type only the deals of that type (<see cref="StoredOpportunityTypes"/>).
/// </summary>
public sealed class WaterfallQuery(WaterfallHistories histories, StoredOpportunityTypes types, WorkspaceSettings settings, TimeProvider time)
{
    public Task<ReadResult<WaterfallView>> GetAsync(string? quarter, CancellationToken cancellationToken = default) =>
        GetAsync(quarter, new Dictionary<string, string?>(), cancellationToken);

    public async Task<ReadResult<WaterfallView>> GetAsync(
        string? quarter, IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var q = parameters.Quarter(quarter);
        var type = parameters.OpportunityType();
        if (!parameters.IsValid)
        {
            return ReadResult<WaterfallView>.Invalid(parameters.Errors);
        }

        var listed = await types.KeepAsync(await histories.ForAsync([q], cancellationToken: cancellationToken), type, cancellationToken);
        return ReadResult<WaterfallView>.Found(WaterfallView.Of(PipelineWaterfall.Compute(q, listed)));
    }
}
