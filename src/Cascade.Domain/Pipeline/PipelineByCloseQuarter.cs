namespace Cascade.Domain.Pipeline;

/// <summary>The part of a waterfall's ending pipeline whose close date lies in <see cref="CloseQuarter"/>.</summary>
public sealed record PipelineByCloseQuarter(Quarter CloseQuarter, decimal Amount, int Count);
