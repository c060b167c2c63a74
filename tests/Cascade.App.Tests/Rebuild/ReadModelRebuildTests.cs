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
using Cascade.Storage.LeadFacts;
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

        var started = await host.Get<ReadModelRebuild>().StartAsync();
        await host.DrainAsync();
        var status = await host.Get<ReadModelRebuild>().StatusAsync();

        Assert.Equal(analysis.Leads.Count, started.People);
        Assert.Equal(analysis.Opportunities.Count, started.Opportunities);
        Assert.True(status!.Done);
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
    }
}
