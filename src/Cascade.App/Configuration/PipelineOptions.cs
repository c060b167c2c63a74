using System.Globalization;
using Cascade.Domain.Pipeline;

namespace Cascade.App.Configuration;

/// <summary>
/// The CRM's stages (<c>Cascade:Pipeline:Stages</c>, names separated by commas or semicolons, default
/// <c>qualification,proposal,negotiation</c>) and the probability each closes at
/// (<c>Cascade:Pipeline:StageProbabilities:&lt;stage&gt;</c>, 0–1). Checked at start by <see cref="CascadeOptionsValidator"/>.
/// </summary>
public sealed class PipelineOptions
{
    public string? Stages { get; set; }

    public Dictionary<string, string> StageProbabilities { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> StageList =>
        string.IsNullOrWhiteSpace(Stages)
            ? PipelineSettings.DefaultStages
            : Stages.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The probability set for a stage; false when the text is not a number from 0 to 1.</summary>
    public static bool TryParseProbability(string? text, out decimal probability) =>
        decimal.TryParse(text, NumberStyles.Number & ~NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out probability)
        && probability is >= 0 and <= 1;

    /// <summary>The domain's settings (call after validation: a bad probability is left out).</summary>
    public PipelineSettings ToSettings() => new()
    {
        Stages = StageList.Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
        StageProbabilities = StageProbabilities
            .Where(p => TryParseProbability(p.Value, out _))
            .ToDictionary(p => p.Key, p => decimal.Parse(p.Value, CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase),
    };
}
