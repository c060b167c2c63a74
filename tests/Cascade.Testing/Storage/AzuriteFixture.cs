using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Storage.Queues;
using Cascade.Storage;
using Xunit;

namespace Cascade.Testing.Storage;

/// <summary>
/// Real storage for every storage test: the connection string in <c>CASCADE_TEST_STORAGE</c> (test.sh starts
/// one Azurite for the whole run and sets it), else an Azurite of our own (<see cref="OwnAzurite"/>, the one
/// launcher every test project uses: in memory, free ports) stopped when the collection or fixture ends. Tests isolate
/// themselves with a unique name prefix from <see cref="CreateStorageAsync"/>, so they can share one emulator.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string Variable = "CASCADE_TEST_STORAGE";

    private static int _counter;
    private readonly string _run = Guid.NewGuid().ToString("N")[..6];
    private OwnAzurite? _azurite;

    public string ConnectionString { get; private set; } = string.Empty;

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }

        _azurite = await OwnAzurite.StartAsync();
        ConnectionString = _azurite.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null)
        {
            await _azurite.DisposeAsync();
        }
    }

    /// <summary>
    /// A fresh, isolated set of Cascade tables and queues (unique prefix), created; <paramref name="tablePolicies"/> see
    /// every table request (<see cref="TableRequests"/>).
    /// </summary>
    public async Task<CascadeStorage> CreateStorageAsync(params HttpPipelinePolicy[] tablePolicies)
    {
        var names = StorageNames.WithPrefix($"t{_run}{Interlocked.Increment(ref _counter)}");
        var options = new TableClientOptions();
        foreach (var policy in tablePolicies)
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        var storage = new CascadeStorage(
            new TableServiceClient(ConnectionString, options),
            new QueueServiceClient(ConnectionString, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }),
            names);
        await storage.EnsureCreatedAsync();
        return storage;
    }
}
