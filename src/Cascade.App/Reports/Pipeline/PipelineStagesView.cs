namespace Cascade.App.Reports.Pipeline;

/// <summary><c>GET /api/reports/pipeline/stages</c>: each CRM stage in the workspace's order, over [from, to).</summary>
public sealed record PipelineStagesView(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<StageFlowRowView> Stages);
