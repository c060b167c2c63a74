using System.Diagnostics;
using System.Text.Json;
using Cascade.Dashboard.Tests.Infrastructure;

namespace Cascade.Dashboard.Tests.Browser;

/// <summary>
/// Runs Browser/dashboard-tour.mjs once against the seeded runtime and keeps what the page showed: each browser
/// test checks its part of that one tour, so Chromium starts once per run. Screenshots go to
/// <c>TestResults/screenshots/</c> at the repository root.
/// </summary>
public static class DashboardTour
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(4);
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static JsonElement? report;

    public static string ScreenshotDirectory { get; } = Path.Combine(RepositoryRoot.Path, "TestResults", "screenshots");

    public static async Task<JsonElement> OfAsync(SeededRuntime runtime)
    {
        ArgumentNullException.ThrowIfNull(runtime);
        await Gate.WaitAsync();
        try
        {
            report ??= await RunAsync(runtime);
            return report.Value;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<JsonElement> RunAsync(SeededRuntime runtime)
    {
        var script = Path.Combine(RepositoryRoot.Path, "tests", "Cascade.Dashboard.Tests", "Browser", "dashboard-tour.mjs");
        var start = new ProcessStartInfo("node", [script, runtime.BaseAddress.ToString().TrimEnd('/'), SeededRuntime.ApiKey, ScreenshotDirectory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepositoryRoot.Path,
        };
        start.Environment["CHROMIUM_PATH"] = Chromium.ExecutablePath;
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start node");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(Limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"The dashboard tour did not finish within {Limit}:\n{await errors}");
        }

        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
            throw new InvalidOperationException($"The dashboard tour failed (exit {process.ExitCode}):\n{await errors}\n{await output}");
        using var doc = JsonDocument.Parse(lines[^1]);
        return doc.RootElement.Clone();
    }
}
