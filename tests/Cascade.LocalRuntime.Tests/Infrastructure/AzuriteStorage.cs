using System.Diagnostics;

namespace Cascade.LocalRuntime.Tests.Infrastructure;

/// <summary>
/// The storage the tests run against: CASCADE_TEST_STORAGE when set (test.sh starts one Azurite for
/// every test assembly), else an in-memory Azurite started with scripts/azurite.sh and stopped on dispose.
/// </summary>
public sealed class AzuriteStorage : IAsyncDisposable
{
    private readonly Process? process;

    private AzuriteStorage(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        this.process = process;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteStorage> StartAsync()
    {
        var shared = Environment.GetEnvironmentVariable("CASCADE_TEST_STORAGE");
        if (!string.IsNullOrWhiteSpace(shared))
            return new AzuriteStorage(shared, null);

        var start = new ProcessStartInfo("bash", [System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "azurite.sh")])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            WorkingDirectory = RepositoryRoot.Path,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start scripts/azurite.sh");
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            // The script prints the connection string once Azurite answers, then stays in the foreground.
            if (line.StartsWith("DefaultEndpointsProtocol=", StringComparison.Ordinal))
                return new AzuriteStorage(line, process);
        }

        await StopAsync(process);
        throw new InvalidOperationException("scripts/azurite.sh ended without printing a connection string");
    }

    public async ValueTask DisposeAsync()
    {
        if (process is not null)
            await StopAsync(process);
    }

    // TERM lets the script's trap stop Azurite and remove its temp dir; KILL only if it hangs.
    private static async Task StopAsync(Process process)
    {
        if (!process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
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
