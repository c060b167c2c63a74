namespace Cascade.Domain.Scoring;

/// <summary>
/// A job-title seniority rule: the title scores <see cref="Points"/> when it contains one of the
/// <see cref="Keywords"/> as whole words (case-insensitive; punctuation counts as a space, so
/// "Co-Founder" contains "founder"). The first matching rule of the list wins.
/// </summary>
public sealed record TitleRule(string Name, IReadOnlyList<string> Keywords, double Points)
{
    public bool Matches(string normalizedTitle) =>
        Keywords.Any(k => normalizedTitle.Contains($" {TitleText.Normalize(k).Trim()} ", StringComparison.Ordinal));
}
