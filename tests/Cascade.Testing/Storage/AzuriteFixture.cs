using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Cascade.Storage;
using Xunit;

namespace Cascade.Testing.Storage;

/// <summary>
/// Real storage for every storage test: the connection string in <c>CASCADE_TEST_STORAGE</c> (test.sh starts
/// one Azurite for the whole run and sets it), else an Azurite of our own started through
/// <c>scripts/azurite.sh</c> (in memory, free ports) and stopped when the collection ends. Tests isolate
/// themselves with a unique name prefix from <see cref="CreateStorageAsync"/>, so they can share one emulator.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Variable = "CASCADE_TEST_STORAGE";

    private static int _counter;
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private Process? _azurite;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        var script = Path.Combine(RepositoryRoot.Path, "scripts", "azurite.sh");
        var start = new ProcessStartInfo("bash", [script])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        _azurite = Process.Start(start) ?? throw new InvalidOperationException("Could not start bash scripts/azurite.sh.");
        var errors = _azurite.StandardError.ReadToEndAsync();
        // The script prints the connection string once the endpoints answer, then stays in the foreground.
        var line = await _azurite.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (string.IsNullOrWhiteSpace(line))
        {
            await _azurite.WaitForExitAsync();
            throw new InvalidOperationException($"scripts/azurite.sh did not start Azurite:\n{await errors}");
        }

        ConnectionString = line.Trim();
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not { HasExited: false } process)
        {
            return;
        }

        // TERM lets the script's EXIT trap stop Azurite and remove its temp dir; kill is the fallback.
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }

    /// <summary>A fresh, isolated set of Cascade tables and queues (unique prefix), created.</summary>
    public async Task<CascadeStorage> CreateStorageAsync()
    {
        var names = StorageNames.WithPrefix($"t{_run}{Interlocked.Increment(ref _counter)}");
        var storage = new CascadeStorage(
            new TableServiceClient(ConnectionString),
            new QueueServiceClient(ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }),
            names);
        await storage.EnsureCreatedAsync();
        return storage;
    }
}
