namespace Cascade.Domain.Pipeline;

/// <summary>
/// The CRM's stages as the workspace orders them and the probability each closes at (api.md "Pipeline management").
/// Stage names compare case-insensitively; a stage not listed sorts after the listed ones, by name.
/// </summary>
public sealed record PipelineSettings
{
    public static readonly IReadOnlyList<string> DefaultStages = ["qualification", "proposal", "negotiation"];

    public static PipelineSettings Default { get; } = new();

    public IReadOnlyList<string> Stages { get; init; } = DefaultStages;

    /// <summary>Probability (0–1) by stage; a stage without one has no weighted amount.</summary>
    public IReadOnlyDictionary<string, decimal> StageProbabilities { get; init; } = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The key of a deal without a stage.</summary>
    public const string NoStage = "(none)";

    public decimal? ProbabilityOf(string? stage) =>
        stage is not null && StageProbabilities.TryGetValue(stage, out var p) ? p : null;

    /// <summary>Position in <see cref="Stages"/>; a stage not listed (or none) ranks after every listed one.</summary>
    public int RankOf(string? stage)
    {
        for (var i = 0; i < Stages.Count; i++)
        {
            if (string.Equals(Stages[i], stage, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return Stages.Count;
    }

    /// <summary>Stage order: listed stages first in their order, then the others by name (ordinal).</summary>
    public int Compare(string? a, string? b)
    {
        var byRank = RankOf(a).CompareTo(RankOf(b));
        return byRank != 0 ? byRank : string.CompareOrdinal(a, b);
    }
}
