using System.Diagnostics;
using System.Globalization;

namespace Cascade.Testing.Storage;

/// <summary>
/// The tests' one Azurite launcher: an emulator of the caller's own (scripts/azurite.sh, free ports; in memory unless
/// given script options such as <c>--disk DIR</c>), stopped on dispose, restartable on the same ports. Used directly
/// where a collection needs an emulator to itself (not the run's shared one: other test assemblies host the same
/// queue functions over that, and their listeners would take this collection's messages), and by
/// <see cref="AzuriteFixture"/> when no shared emulator is given.
/// </summary>
public sealed class OwnAzurite : IAsyncDisposable
{
    private readonly string[] options;
    private Process? process;

    private OwnAzurite(Process process, string connectionString, string[] options)
    {
        this.process = process;
        this.options = options;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<OwnAzurite> StartAsync(params string[] options)
    {
        var (process, connection) = await LaunchAsync(options);
        return new OwnAzurite(process, connection, options);
    }

    /// <summary>Stops the emulator (an outage): every storage call fails until <see cref="RestartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (process is not null)
            await StopAsync(process);
        process = null;
    }

    /// <summary>
    /// Starts the emulator again on the same ports, so that clients built on <see cref="ConnectionString"/> reach it
    /// again; with <c>--disk</c> it finds the data it had.
    /// </summary>
    public async Task RestartAsync()
    {
        await StopAsync();
        var ports = PortsOf(ConnectionString);
        (process, _) = await LaunchAsync([.. options, "--blob-port", ports.Blob, "--queue-port", ports.Queue, "--table-port", ports.Table]);
    }

    private static (string Blob, string Queue, string Table) PortsOf(string connection)
    {
        string Port(string endpoint) => new Uri(connection.Split(';').Single(p => p.StartsWith(endpoint + "=", StringComparison.Ordinal))[(endpoint.Length + 1)..])
            .Port.ToString(CultureInfo.InvariantCulture);
        return (Port("BlobEndpoint"), Port("QueueEndpoint"), Port("TableEndpoint"));
    }

    private static async Task<(Process Process, string Connection)> LaunchAsync(string[] options)
    {
        var start = new ProcessStartInfo("bash", [Path.Combine(RepositoryRoot.Path, "scripts", "azurite.sh"), .. options])
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
                return (process, line.Trim());
        }

        await StopAsync(process);
        throw new InvalidOperationException("scripts/azurite.sh ended without printing a connection string");
    }

    public async ValueTask DisposeAsync() => await StopAsync();

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
