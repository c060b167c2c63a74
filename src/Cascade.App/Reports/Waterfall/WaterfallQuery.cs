using Cascade.App.Reads;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Waterfall;

/// <summary><c>GET /api/reports/waterfall/{quarter}</c>: computed live from every opportunity history.</summary>
public sealed class WaterfallQuery(IWorkspaceReader reader, WorkspaceSettings settings, TimeProvider time)
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

        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        return ReadResult<WaterfallView>.Found(WaterfallView.Of(analysis.Waterfall(q)));
    }
}
