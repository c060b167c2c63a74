using Azure.Storage.Queues;
using Cascade.LocalRuntime;
using Microsoft.AspNetCore.Builder;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>
/// One local runtime over an Azurite that the fault tests stop and restart: it keeps its data on disk and comes
/// back on the same ports, so the runtime's clients reach it again as they would a storage account after an outage.
/// </summary>
public sealed class FaultHost : IAsyncLifetime
{
    private readonly string dataDirectory = Directory.CreateTempSubdirectory("cascade-fault-azurite").FullName;
    private WebApplication? runtime;

    public OwnAzurite Storage { get; private set; } = null!;

    /// <summary>Sends the function key with every request.</summary>
    public HttpClient Client { get; private set; } = null!;

    public QueueClient Queue(string name) =>
        new(Storage.ConnectionString, name, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });

    public async Task InitializeAsync()
    {
        Storage = await OwnAzurite.StartAsync("--disk", dataDirectory);
        var options = CascadeHost.RuntimeOptions(Storage.ConnectionString);
        // A message taken just before storage stops keeps its processing lease (its release fails too); a short
        // lease brings it back soon after the restart instead of after 10 minutes.
        options.Settings["LocalRuntime:processingVisibility"] = "00:00:15";
        runtime = LocalRuntimeHost.Create(options);
        await runtime.StartAsync();
        Client = new HttpClient { BaseAddress = new Uri(runtime.Urls.First()), DefaultRequestHeaders = { { "x-functions-key", CascadeHost.ApiKey } } };
        await WaitHealthyAsync();
    }

    /// <summary>Waits until the runtime reports its storage reachable.</summary>
    public Task WaitHealthyAsync() =>
        Eventually.GetAsync(async () => (await Client.GetAsync("/api/health")).IsSuccessStatusCode, ok => ok, "health", TimeSpan.FromMinutes(2));

    public Task DrainAsync() => QueueDrain.DrainAsync(Client);

    public async Task DisposeAsync()
    {
        Client?.Dispose();
        if (runtime is not null)
            await runtime.DisposeAsync();
        if (Storage is not null)
            await Storage.DisposeAsync();
        Directory.Delete(dataDirectory, recursive: true);
    }
}
