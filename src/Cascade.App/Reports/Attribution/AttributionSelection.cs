using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Attribution;

/// <summary>
/// Which attributions a report over [from, to) counts: pipeline those of opportunities created in it, revenue
/// those of opportunities won in it (the close instant the revenue journey ends at). The whole-store selection:
/// the reports read the period's partitions instead (<see cref="App.Attribution.AttributionPeriodReader"/>), and the
/// tests hold them to this.
/// </summary>
internal static class AttributionSelection
{
    public static IReadOnlyList<OpportunityAttribution> In(WorkspaceAnalysis analysis, AttributionKind kind, ReportPeriod period) =>
        analysis.Attributions(kind)
            .Where(a => period.Contains(kind == AttributionKind.Pipeline ? a.CreatedAt : a.Journey.End))
            .ToList();
}
