using System.Diagnostics;
using System.Text.Json;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Browser;

/// <summary>Runs one scenario of browser.mjs (Node with playwright-core driving headless Chromium) and returns what it saw.</summary>
public static class BrowserScript
{
    public static string Chromium => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static string Script => Path.Combine(RepositoryRoot.Path, "tests", "Cascade.LocalRuntime.Tests", "Browser", "browser.mjs");

    /// <summary>The screenshots go beside the test binaries, in TestResults/browser.</summary>
    public static string OutputDirectory { get; } = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "TestResults", "browser")).FullName;

    public static string? Unavailable()
    {
        if (!File.Exists(Chromium))
            return $"Chromium is not installed at {Chromium} (test.sh installs the distribution's chromium package where it can).";
        if (!Directory.Exists(Path.Combine(RepositoryRoot.Path, "node_modules", "playwright-core")))
            return "playwright-core is not installed (npm ci at the repository root installs it).";
        return null;
    }

    public static async Task<JsonElement> RunAsync(string scenario, string baseUrl)
    {
        var start = new ProcessStartInfo("node", [Script, scenario, baseUrl, OutputDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"browser scenario {scenario} did not finish in 3 minutes: {await errors}");
        }

        var text = await output;
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"browser scenario {scenario} failed ({process.ExitCode}): {await errors}\n{text}");
        return JsonDocument.Parse(text.Trim().Split('\n')[^1]).RootElement.Clone();
    }
}
