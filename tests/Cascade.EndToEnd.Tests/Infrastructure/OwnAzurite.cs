using System.Diagnostics;
using System.Globalization;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>
/// An in-memory Azurite of this collection's own (scripts/azurite.sh, free ports), stopped on dispose. Not the run's
/// shared emulator: other test assemblies host the same queue functions over it, and their listeners would take
/// this collection's messages.
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
            WorkingDirectory = RepositoryRoot.Path,
        };
        // test.sh exports the shared emulator's variables; the script would take them for its own and refuse to start.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("CASCADE_AZURITE_", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start scripts/azurite.sh");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            // The script prints the connection string once Azurite answers, then stays in the foreground.
            if (line.StartsWith("DefaultEndpointsProtocol=", StringComparison.Ordinal))
                return new OwnAzurite(process, line.Trim());
        }

        await StopAsync(process);
        throw new InvalidOperationException("scripts/azurite.sh ended without printing a connection string");
    }

    public async ValueTask DisposeAsync() => await StopAsync(process);

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
