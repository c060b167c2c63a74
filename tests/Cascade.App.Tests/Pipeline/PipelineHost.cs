using Azure.Storage.Queues.Models;
using Cascade.App.Attribution;
using Cascade.App.Handlers;
using Cascade.App.Leads;
using Cascade.App.Rebuild;
using Cascade.Storage;
using Cascade.Storage.Queues;
using Cascade.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Pipeline;

/// <summary>
/// The application as every host registers it (<c>AddCascade</c>), over a fresh, prefixed slice of the shared
/// Azurite, with a drain loop that plays the Functions host: it hands each queue message to its handler.
/// </summary>
internal sealed class PipelineHost : IAsyncDisposable
{
    private static int _counter;

    private PipelineHost(ServiceProvider services) => Services = services;

    public ServiceProvider Services { get; }

    public CascadeStorage Storage => Services.GetRequiredService<CascadeStorage>();

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Starts the host; <paramref name="configure"/> registers services before <c>AddCascade</c>, which only adds
    /// what is not registered yet (a fixed clock, a fake reader).
    /// </summary>
    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Cascade:StoragePrefix"] = $"p{Environment.ProcessId % 10000}x{Interlocked.Increment(ref _counter)}",
            })
            .Build();
        var collection = new ServiceCollection();
        configure?.Invoke(collection);
        var services = collection.AddCascade(configuration).BuildServiceProvider();
        await services.GetRequiredService<CascadeStorage>().EnsureCreatedAsync();
        return new PipelineHost(services);
    }

    /// <summary>
    /// As the other overload, on storage whose table requests <paramref name="requests"/> sees and may hold
    /// (<see cref="TableRequests"/>).
    /// </summary>
    public static async Task<PipelineHost> StartAsync(AzuriteFixture azurite, TableRequests requests, Action<IServiceCollection>? configure = null)
    {
        var storage = await azurite.CreateStorageAsync(requests);
        return await StartAsync(azurite, services =>
        {
            services.AddSingleton(storage);
            configure?.Invoke(services);
        });
    }

    /// <summary>
    /// Hands every queued message to its handler until all work queues are empty; with
    /// <paramref name="deliverTwice"/> each message is handled twice, as an at-least-once queue may do.
    /// Returns how many messages were handled.
    /// </summary>
    public async Task<int> DrainAsync(bool deliverTwice = false)
    {
        var handled = 0;
        bool any;
        do
        {
            any = false;
            foreach (var queue in QueueNames.Work)
            {
                var client = Storage.Queue(queue);
                QueueMessage[] messages = await client.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5));
                foreach (var message in messages)
                {
                    any = true;
                    var body = message.Body.ToString();
                    await DispatchAsync(queue, body);
                    if (deliverTwice)
                    {
                        await DispatchAsync(queue, body);
                    }

                    await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                    handled++;
                }
            }
        }
        while (any);

        return handled;
    }

    public Task DispatchAsync(string queue, string body) => queue switch
    {
        QueueNames.Touchpoints => Get<TouchpointsHandler>().HandleAsync(body),
        QueueNames.Opportunities => Get<OpportunitiesHandler>().HandleAsync(body),
        QueueNames.Transitions => Get<LeadEvaluationHandler>().HandleAsync(body),
        QueueNames.Attribution => Get<AttributionHandler>().HandleAsync(body),
        QueueNames.Rebuild => Get<ReadModelRebuild>().HandleAsync(body),
        _ => throw new ArgumentOutOfRangeException(nameof(queue), queue, "Not a work queue."),
    };

    public ValueTask DisposeAsync() => Services.DisposeAsync();
}
