namespace Cascade.Infra.Tests;

/// <summary>
/// The app settings table of docs/deploy.md: rows <c>| `Name` | set by | default | meaning |</c> under the
/// heading "App settings", where "set by" is <c>main.bicep</c> or <c>optional</c>.
/// </summary>
internal sealed record DeployDocSettings(IReadOnlyDictionary<string, string> SetBy)
{
    public const string Heading = "## App settings";

    public static DeployDocSettings Read()
    {
        var lines = RepositoryFiles.Read("docs", "deploy.md").Split('\n');
        var start = Array.FindIndex(lines, l => l.TrimEnd() == Heading);
        if (start < 0)
        {
            throw new InvalidDataException($"docs/deploy.md has no '{Heading}' section.");
        }

        var rows = lines.Skip(start + 1)
            .TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.TrimStart().StartsWith("| `", StringComparison.Ordinal))
            .Select(l => l.Split('|', StringSplitOptions.TrimEntries))
            .ToDictionary(cells => AppSettingNames.Normalize(cells[1]), cells => cells[2], StringComparer.Ordinal);
        return new DeployDocSettings(rows);
    }

    public bool IsOptional(string normalizedName) =>
        SetBy.TryGetValue(normalizedName, out var setBy) && setBy.Equals("optional", StringComparison.OrdinalIgnoreCase);
}
