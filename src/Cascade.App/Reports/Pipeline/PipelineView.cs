namespace Cascade.App.Reports.Pipeline;

/// <summary><c>GET /api/reports/pipeline</c>: the open pipeline in scope at <see cref="AsOf"/>, grouped.</summary>
public sealed record PipelineView(DateTimeOffset AsOf, string GroupBy, IReadOnlyList<PipelineRowView> Rows, PipelineRowView Total);
