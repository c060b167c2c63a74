namespace Cascade.Domain.Pipeline;

/// <summary>How <c>GET /api/reports/pipeline</c> groups the open pipeline.</summary>
public enum PipelineGrouping
{
    Stage,
    CloseQuarter,
    Channel,
    Sourced,
}
