namespace Cascade.Dashboard.Tests.Browser;

/// <summary>
/// Where the browser tests find their tools: the system Chromium (scripts/chromium.sh installs it; CHROMIUM_PATH
/// overrides) and playwright-core in the repository's node_modules (npm ci). Null when both are there, else why not.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath { get; } =
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static string? MissingReason { get; } = FindMissing();

    private static string? FindMissing()
    {
        if (!File.Exists(ExecutablePath))
            return $"Chromium is not installed at {ExecutablePath} (scripts/chromium.sh installs it); the browser tests are skipped.";
        var playwright = Path.Combine(RepositoryRoot.Path, "node_modules", "playwright-core", "package.json");
        if (!File.Exists(playwright))
            return "node_modules/playwright-core is missing (npm ci installs it); the browser tests are skipped.";
        return null;
    }
}
