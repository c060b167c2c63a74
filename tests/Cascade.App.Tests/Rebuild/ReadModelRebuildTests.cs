using Microsoft.Extensions.Time.Testing;
using Cascade.App.Attribution;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Reads;
using Cascade.App.Rebuild;
using Cascade.App.Tests.Leads;
using Cascade.App.Tests.Pipeline;
using Cascade.App.Tests.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Storage;
using Azure.Data.Tables;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Storage.People;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Rebuild;

[Collection(PipelineCollection.Name)]
public sealed class ReadModelRebuildTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = Scenario.A.SourcingTo;

    [Fact]
    public async Task StartAsync_AfterTheReadModelsWereLost_DerivesThemAgainThroughTheQueues()
    {
        await using var host = await PipelineHost.StartAsync(azurite, services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        foreach (var batch in Scenario.A.ShuffledTouchpoints(3).Chunk(40))
        {
            await host.Get<TouchpointIngestion>().AcceptAsync(batch);
        }

        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync();
        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(Now);
        foreach (var person in analysis.Leads.Keys)
        {
            await host.Get<PersonStore>().DeleteAsync(person);
        }

        var quarters = host.Storage.Table(StorageNames.OpportunityQuartersTable);
        await quarters.DeleteAsync();
        await quarters.CreateIfNotExistsAsync();
        // Account links as written before they kept their deal's versions.
        var links = host.Get<OpportunityLinkStore>();
        var linked = (await host.Get<OpportunityStore>().ListAcceptedStatesAsync()).Where(o => o.AccountDomain is not null).DistinctBy(o => (o.AccountDomain, o.OpportunityId)).ToList();
        foreach (var o in linked)
        {
            await host.Storage.Table(StorageNames.OpportunityLinksTable).UpsertEntityAsync(
                new OpportunityLinkEntity { PartitionKey = "a:" + o.AccountDomain, RowKey = o.OpportunityId, OpportunityId = o.OpportunityId }, TableUpdateMode.Replace);
        }

        var accounts = linked.Select(o => o.AccountDomain!).Distinct().ToList();
        Assert.NotEmpty(accounts);
        foreach (var account in accounts)
        {
            Assert.All(await links.DealsOfAccountAsync(account), d => Assert.Null(d.Versions));
        }

        // The request only records the rebuild and queues its message; the message's run (twice, as an at-least-once
        // queue may deliver it) does the work.
        var started = await host.Get<ReadModelRebuild>().StartAsync();
        Assert.Equal((Now, (DateTimeOffset?)null, 1, false), (started.StartedAt, started.QueuedAt, started.RebuildMessages, started.Done));
        var status = await DrainUntilDoneAsync(host);

        Assert.Equal(analysis.Leads.Count, status.People);
        Assert.Equal(analysis.Opportunities.Count, status.Opportunities);
        Assert.Equal((Now, Now, 0), (status.StartedAt, status.QueuedAt, status.RebuildMessages));
        await PersonOracle.AssertEveryPersonAsync(analysis, host.Get<LeadFactStore>(), host.Get<PersonQuery>(), Now);
        foreach (var expected in analysis.Attributions(AttributionKind.Pipeline).Select(OpportunityAttributionQuery.ViewOf))
        {
            var actual = (await host.Get<OpportunityAttributionQuery>().GetAsync(expected.OpportunityId, SeededWorkspace.Query())).Value!;
            Assert.Equal(Now, actual.MarkovFittedAt);
            Assert.Equal(expected.Models["linear"], actual.Models["linear"]);
            Assert.Equal(expected.Models["markov"], actual.Models["markov"]);
        }

        foreach (var quarter in Scenario.A.Quarters)
        {
            var waterfall = await host.Get<WaterfallQuery>().GetAsync(quarter);
            Assert.Equivalent(WaterfallView.Of(analysis.Waterfall(Quarter.Parse(quarter))), waterfall.Value, strict: true);
        }

        foreach (var account in accounts)
        {
            foreach (var deal in await links.DealsOfAccountAsync(account))
            {
                Assert.Equal((await host.Get<OpportunityStore>().StatesAsync(deal.OpportunityId)).Select(v => v.UpdatedAt), deal.Versions!.Select(v => v.UpdatedAt));
            }
        }
    }

    [Fact]
    public async Task StatusAsync_LaterRebuildAskedBeforeTheEarliersMessageRan_ReportsTheLaterOne()
    {
        var time = new FakeTimeProvider(Now);
        await using var host = await PipelineHost.StartAsync(azurite, services => services.AddSingleton<TimeProvider>(time));
        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync();

        await host.Get<ReadModelRebuild>().StartAsync();
        time.Advance(TimeSpan.FromMinutes(5));
        await host.Get<ReadModelRebuild>().StartAsync();
        var status = await DrainUntilDoneAsync(host);

        Assert.Equal((Now.AddMinutes(5), Now.AddMinutes(5)), (status.StartedAt, status.QueuedAt));
        Assert.True(status.Opportunities > 0);
    }

    // Hands the queued messages to their handlers (each twice) until the rebuild reports done, a bounded number of rounds.
    private static async Task<RebuildStatus> DrainUntilDoneAsync(PipelineHost host)
    {
        for (var round = 0; round < 10; round++)
        {
            await host.DrainAsync(deliverTwice: true);
            if (await host.Get<ReadModelRebuild>().StatusAsync() is { Done: true } status)
            {
                return status;
            }
        }

        throw new InvalidOperationException("The rebuild did not finish: " + await host.Get<ReadModelRebuild>().StatusAsync());
    }
}
