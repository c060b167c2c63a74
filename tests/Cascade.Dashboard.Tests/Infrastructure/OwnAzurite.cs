using System.Diagnostics;
using System.Globalization;

namespace Cascade.Dashboard.Tests.Infrastructure;

/// <summary>
/// An in-memory Azurite of this assembly's own, started with scripts/azurite.sh. Not the run's shared one
/// (CASCADE_TEST_STORAGE): the queue triggers name their queues without the storage prefix, so another test
/// assembly's runtime on the same account would take this runtime's messages.
/// </summary>
public sealed class OwnAzurite : IAsyncDisposable
{
    private readonly Process process;

    private OwnAzurite(Process process, string connectionString)
    {
        this.process = process;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<OwnAzurite> StartAsync()
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "azurite.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        // test.sh exports its own emulator's CASCADE_AZURITE_* variables; the script would take that emulator
        // for one it started (refuse to start, and stop it on the way out), so this one starts without them.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CASCADE_AZURITE_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start scripts/azurite.sh");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        // The script prints the connection string once Azurite answers, then stays in the foreground.
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("DefaultEndpointsProtocol=", StringComparison.Ordinal))
                return new OwnAzurite(process, line.Trim());
        }

        await StopAsync(process);
        throw new InvalidOperationException("scripts/azurite.sh ended without printing a connection string");
    }

    public ValueTask DisposeAsync() => new(StopAsync(process));

    // TERM lets the script's trap stop Azurite and remove its temp dir; KILL only if it hangs.
    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(CultureInfo.InvariantCulture)]))
                await kill!.WaitForExitAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
            }
        }

        process.Dispose();
    }
}
