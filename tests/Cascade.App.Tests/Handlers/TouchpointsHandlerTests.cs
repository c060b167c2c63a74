using System.Text.Json;
using Cascade.App.Handlers;
using Cascade.App.Messages;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Handlers;

/// <summary>
/// The touchpoints handler takes the messages that arrive while it handles others together, against real storage whose
/// requests are seen and held (<see cref="TableRequests"/>): what they ask for is what one message of all their items
/// asks for, and a message that cannot be handled fails alone.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class TouchpointsHandlerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.example");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");

    /// <summary>Starts handling <paramref name="message"/> and answers once its run is held at its first transaction.</summary>
    private static async Task<Task> HoldAsync(TouchpointsHandler handler, TableRequests requests, string message)
    {
        var held = requests.HoldNext(r => r.EndsWith("$batch", StringComparison.Ordinal));
        var run = handler.HandleAsync(message);
        await held;
        return run;
    }

    private static string Message(string id, params TouchpointDocument[] touches) =>
        JsonSerializer.Serialize(
            new QueueEnvelope<InboundFact>(id, touches.Select(t => new InboundFact(t, null)).ToList()), QueueMessageSplitter.JsonOptions);

    private static TouchpointDocument Touch(string id, EmailAddress person, int day) =>
        TouchpointDocument.From(Touchpoint.Create(id, T0.AddDays(day), TouchpointTypes.PageView, person, channel: "organic_search"));

    private static async Task<IReadOnlyList<PendingEvaluation>> MarksAsync(PipelineHost host, EmailAddress person) =>
        (await host.Get<PendingEvaluationStore>().ListAsync(PendingEvaluationStore.ShardOf(person))).Where(m => m.Email == person).ToList();

    [Fact]
    public async Task MessagesThatArriveWhileOneIsHandled_AreHandledTogether_AsOneMessageOfAllTheirItems()
    {
        var requests = new TableRequests();
        await using var host = await PipelineHost.StartAsync(azurite, requests);
        var handler = host.Get<TouchpointsHandler>();

        // The first message's run is held at its first transaction while three more arrive.
        var first = await HoldAsync(handler, requests, Message("m-1", Touch("a-1", Ada, 1)));
        var joined = new[]
        {
            handler.HandleAsync(Message("m-2", Touch("a-2", Ada, 2))),
            handler.HandleAsync(Message("m-3", Touch("a-3", Ada, 3))),
            handler.HandleAsync(Message("m-4", Touch("b-1", Bob, 1))),
        };
        requests.Release();
        await first;
        await Task.WhenAll(joined);

        // Two runs: the first message's, then the three others as one, with one mark for Ada carrying both her touches.
        var marks = await MarksAsync(host, Ada);
        Assert.Equal([["a-1"], ["a-2", "a-3"]], marks.Select(m => m.Touches!.Select(t => t.EventId).Order(StringComparer.Ordinal).ToArray()).OrderBy(m => m[0], StringComparer.Ordinal));
        Assert.Equal(["b-1"], Assert.Single(await MarksAsync(host, Bob)).Touches!.Select(t => t.EventId));
        Assert.Equal(2, (await host.Storage.Queue(QueueNames.Transitions).PeekMessagesAsync(32)).Value.Length);
        Assert.Equal(["a-1", "a-2", "a-3"], (await host.Get<TouchpointStore>().ListByPersonAsync(Ada)).Select(t => t.EventId));
    }

    [Fact]
    public async Task AMessageThatCannotBeHandled_FailsAlone_WhileTheMessagesHandledWithItAreStored()
    {
        var requests = new TableRequests();
        await using var host = await PipelineHost.StartAsync(azurite, requests);
        var handler = host.Get<TouchpointsHandler>();
        var first = await HoldAsync(handler, requests, Message("m-1", Touch("a-1", Ada, 1)));

        // A message whose touch no longer validates (a bug, or tampering) joins two good ones.
        var bad = handler.HandleAsync(Message("m-bad", Touch("b-bad", Bob, 2) with { Type = "" }));
        var good = new[] { handler.HandleAsync(Message("m-2", Touch("a-2", Ada, 2))), handler.HandleAsync(Message("m-3", Touch("b-1", Bob, 3))) };
        requests.Release();
        await first;

        await Assert.ThrowsAsync<InvalidDataException>(() => bad);
        await Task.WhenAll(good);
        Assert.Equal(["a-1", "a-2"], (await host.Get<TouchpointStore>().ListByPersonAsync(Ada)).Select(t => t.EventId));
        Assert.Equal(["b-1"], (await host.Get<TouchpointStore>().ListByPersonAsync(Bob)).Select(t => t.EventId));
        Assert.Equal(["b-1"], Assert.Single(await MarksAsync(host, Bob)).Touches!.Select(t => t.EventId));
    }
}
