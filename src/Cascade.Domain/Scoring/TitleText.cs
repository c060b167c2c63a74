namespace Cascade.Domain.Scoring;

/// <summary>Turns a title or keyword into lower-case words separated and surrounded by single spaces.</summary>
internal static class TitleText
{
    public static string Normalize(string text)
    {
        var words = new string(text.Select(c => char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ').ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return $" {string.Join(' ', words)} ";
    }
}
