namespace Cascade.Domain.Pipeline;

/// <summary>What a quarter should end with: the ending pipeline E and the closed-won amount W.</summary>
public sealed record PipelineTargets(decimal Ending, decimal Won);
