using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Attribution;

/// <summary>
/// Which attributions a report over [from, to) counts: pipeline those of opportunities created in it, revenue
/// those of opportunities won in it (the close instant the revenue journey ends at).
/// </summary>
internal static class AttributionSelection
{
    public static IReadOnlyList<OpportunityAttribution> In(WorkspaceAnalysis analysis, AttributionKind kind, ReportPeriod period) =>
        analysis.Attributions(kind)
            .Where(a => period.Contains(kind == AttributionKind.Pipeline ? a.CreatedAt : a.Journey.End))
            .ToList();
}
