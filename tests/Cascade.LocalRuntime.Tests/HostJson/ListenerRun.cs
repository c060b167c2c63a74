using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Cascade.LocalRuntime.Queues;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>
/// One queue listener configured from host.json settings, serving <see cref="GatedFunction"/> over a
/// <see cref="FakeQueue"/> on a <see cref="FakeTimeProvider"/>; the test moves the clock.
/// </summary>
public sealed class ListenerRun : IAsyncDisposable
{
    private readonly QueueListener listener;

    private ListenerRun(IDictionary<string, string?> hostJson, Gate gate)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(hostJson.Select(s => new KeyValuePair<string, string?>("AzureFunctionsJobHost:" + s.Key, s.Value)))
            .Build();
        Gate = gate;
        Queue = new FakeQueue("work", Time);
        Poison = new FakeQueue("work-poison", Time);
        var method = typeof(GatedFunction).GetMethod(nameof(GatedFunction.Run))!;
        var function = new FunctionDescriptor("Gated", method, method.GetParameters()[0], new QueueTriggerAttribute("work"));
        var services = new ServiceCollection().AddSingleton(gate).BuildServiceProvider();
        listener = new QueueListener(
            function, Queue, Poison, "AzureWebJobsStorage", QueueHostOptions.FromConfiguration(configuration),
            FunctionTimeout.FromConfiguration(configuration), services, Time, NullLogger.Instance);
    }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public FakeQueue Queue { get; }

    public FakeQueue Poison { get; }

    public Gate Gate { get; }

    public static async Task<ListenerRun> StartAsync(IDictionary<string, string?> hostJson, Gate gate, params string[] messages)
    {
        var run = new ListenerRun(hostJson, gate);
        foreach (var message in messages)
            run.Queue.Add(message);
        await run.listener.StartAsync(CancellationToken.None);
        return run;
    }

    /// <summary>Moves the clock by <paramref name="step"/> at a time until <paramref name="done"/> holds.</summary>
    public async Task UntilAsync(Func<bool> done, string what, TimeSpan? step = null)
    {
        for (var i = 0; i < 3000; i++)
        {
            if (done())
                return;
            Time.Advance(step ?? TimeSpan.FromMilliseconds(100));
            await Task.Delay(5);
        }

        Assert.Fail("gave up waiting for " + what);
    }

    public async ValueTask DisposeAsync()
    {
        for (var i = 0; i < 64; i++)
            Gate.Release();
        await listener.StopAsync(CancellationToken.None);
        listener.Dispose();
        Gate.Dispose();
    }
}
