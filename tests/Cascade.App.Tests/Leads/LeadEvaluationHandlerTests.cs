using Azure.Storage.Queues.Models;
using Cascade.App.Handlers;
using Cascade.App.Ingestion;
using Cascade.App.Jobs;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.People;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.People;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Leads;

[Collection(PipelineCollection.Name)]
public sealed class LeadEvaluationHandlerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.example");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");

    private static async Task<IReadOnlyList<PendingEvaluation>> PendingAsync(PipelineHost host)
    {
        var all = new List<PendingEvaluation>();
        foreach (var shard in PendingEvaluationStore.AllShards)
            all.AddRange(await host.Get<PendingEvaluationStore>().ListAsync(shard));
        return all;
    }

    private static async Task<List<string>> ReceiveSweepsAsync(PipelineHost host)
    {
        QueueMessage[] messages = await host.Storage.Queue(QueueNames.Transitions).ReceiveMessagesAsync(32);
        return messages.Select(m => m.Body.ToString()).ToList();
    }

    [Fact]
    public async Task HandleAsync_EvaluatesEveryMarkedPersonOnce_AndClearsTheMarks()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointStore>().AddAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"),
            Touchpoint.Create("b-1", T0, TouchpointTypes.PageView, Bob, channel: "organic_search"),
        ]);

        // Two messages' requests for the same people: the first sweep evaluates both, the second finds nothing left.
        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value, T0), new LeadEvaluation(Bob.Value)], "lead-1");
        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value, T0)], "lead-2");
        var sweeps = await ReceiveSweepsAsync(host);
        await host.Get<LeadEvaluationHandler>().HandleAsync(sweeps[0]);
        var afterFirst = await host.Get<PersonStore>().GetAsync(Ada);
        var pendingAfterFirst = await PendingAsync(host);
        foreach (var sweep in sweeps.Skip(1))
            await host.Get<LeadEvaluationHandler>().HandleAsync(sweep);

        Assert.Equal(2, sweeps.Count);
        Assert.NotNull(afterFirst);
        Assert.NotNull(await host.Get<PersonStore>().GetAsync(Bob));
        Assert.Empty(pendingAfterFirst);
        Assert.Equal(afterFirst!.Score, (await host.Get<PersonStore>().GetAsync(Ada))!.Score);
    }

    [Fact]
    public async Task HandleAsync_APersonThatCannotBeEvaluated_KeepsOnlyTheirMark_AndFailsTheMessageAfterTheOthers()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointStore>().AddAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"),
            Touchpoint.Create("b-1", T0, TouchpointTypes.PageView, Bob, channel: "organic_search"),
        ]);
        // A stored fact the code cannot read stands for any bug that fails one person's evaluation every time.
        await host.Get<LeadFactStore>().AddAsync(new LeadFactRecord(Bob, LeadFactCodec.ImportKind, "broken", T0, "{ not json"));

        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value), new LeadEvaluation(Bob.Value)], "lead-1");
        var sweep = Assert.Single(await ReceiveSweepsAsync(host));

        await Assert.ThrowsAsync<AggregateException>(() => host.Get<LeadEvaluationHandler>().HandleAsync(sweep));
        Assert.NotNull(await host.Get<PersonStore>().GetAsync(Ada));
        Assert.Null(await host.Get<PersonStore>().GetAsync(Bob));
        Assert.Equal([Bob], (await PendingAsync(host)).Select(m => m.Email));
    }

    [Fact]
    public async Task DailyMaintenance_SweepsEveryShard_SoAMarkWhoseSweepWasLostIsStillEvaluated()
    {
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email")]);
        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value)], "lead-1");
        // The sweep message ended as poison: only the mark is left.
        await host.Storage.Queue(QueueNames.Transitions).ClearMessagesAsync();

        await host.Get<DailyMaintenanceJob>().RunAsync();
        await host.DrainAsync();

        Assert.NotNull(await host.Get<PersonStore>().GetAsync(Ada));
        Assert.Empty(await PendingAsync(host));
    }

    [Fact]
    public async Task TheTouchpointsHandler_MarksTouchesOnly_UnlessAnImportArrived_AndCarriesTheTouches_UnlessACookieChangedHands()
    {
        var carol = EmailAddress.Parse("carol@acme.example");
        await using var host = await PipelineHost.StartAsync(azurite);
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.PageView, Ada, channel: "organic_search"),
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, "c-bob", channel: "email"),
        ]);
        await host.Get<PersonIngestion>().AcceptAsync(new PersonUpsert(carol, new Profile { JobTitle = "CMO" }, null, PersonOrigin.Import, T0));
        var queue = host.Storage.Queue(QueueNames.Touchpoints);
        var messages = (await queue.ReceiveMessagesAsync(32)).Value;
        foreach (var message in messages)
            await host.Get<TouchpointsHandler>().HandleAsync(message.Body.ToString());

        // Carol was imported: her evaluation reads every fact. Bob's touch claimed a cookie: his evaluation reads his
        // touches and cookies. Ada's mark carries her touch, as stored, for her evaluation to add to her kept journey.
        var marks = await PendingAsync(host);
        Assert.Equal(
            [(Ada, true), (Bob, true), (carol, false)],
            marks.Select(m => (m.Email, m.TouchesOnly)).OrderBy(m => m.Email.Value, StringComparer.Ordinal).ToList());
        Assert.Equal(await host.Get<TouchpointStore>().ListByPersonAsync(Ada), marks.Single(m => m.Email == Ada).Touches);
        Assert.All(marks.Where(m => m.Email != Ada), m => Assert.Null(m.Touches));

        // Delivered again, the message finds Ada's touch stored already: what is stored is for a read to say, so that
        // mark carries nothing and her evaluation reads her touches.
        foreach (var message in messages)
            await host.Get<TouchpointsHandler>().HandleAsync(message.Body.ToString());
        var again = (await PendingAsync(host)).Where(m => m.Email == Ada).ToList();
        Assert.Equal(2, again.Count);
        Assert.Null(PersonToEvaluate.Of(Ada, again).Carried);
        Assert.True(PersonToEvaluate.Of(Ada, again).TouchesOnly);
    }
}
