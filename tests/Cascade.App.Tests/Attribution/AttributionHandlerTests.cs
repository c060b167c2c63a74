using Cascade.App.Attribution;
using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Cascade.App.Jobs;
using Cascade.App.Messages;
using Cascade.App.Reads;
using Cascade.App.Tests.Pipeline;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage;
using Cascade.Storage.Attribution;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Attribution;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Attribution;

/// <summary>
/// The attribution queue reads one opportunity's scope by key, through the storage-backed pipeline: what it
/// stores equals what the whole-store analysis computes (Markov once a fit is saved), and it never asks for
/// the whole store.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class AttributionHandlerTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");
    private static readonly EmailAddress Carol = EmailAddress.Parse("carol@acme.example");
    private static readonly EmailAddress NeverSeen = EmailAddress.Parse("dan@acme.example");

    [Fact]
    public async Task HandleAsync_ScenarioA_StoresWhatTheWholeStoreComputes_AndMarkovOnceFitted()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Scenario.A.SourcingTo)));
        await host.Get<TouchpointIngestion>().AcceptAsync(Scenario.A.ShuffledTouchpoints(5));
        await host.Get<OpportunityIngestion>().AcceptAsync(Scenario.A.OpportunityUpdates);
        await host.DrainAsync(deliverTwice: true);

        var analysis = await host.Get<IWorkspaceReader>().AnalyzeAsync(Scenario.A.SourcingTo);
        Assert.Null(await host.Get<MarkovSharesStore>().GetAsync());
        await AssertStoredAsync(host, analysis, AttributionDifferences.ExactModels);

        // The daily job saves the fit; attributions computed after it credit Markov as the whole store does.
        await host.Get<DailyMaintenanceJob>().RunAsync();
        var ids = analysis.Opportunities.Select(h => new AttributionRequest(h.OpportunityId)).ToList();
        await host.Get<QueueSender>().SendAsync(QueueNames.Attribution, ids, "refit", CancellationToken.None);
        await host.DrainAsync();

        var fit = await host.Get<MarkovSharesStore>().GetAsync();
        Assert.Equal(analysis.MarkovShares.Shares.OrderBy(s => s.Key, StringComparer.Ordinal), fit!.Shares.Shares.OrderBy(s => s.Key, StringComparer.Ordinal));
        await AssertStoredAsync(host, analysis, AttributionModels.All);
    }

    [Fact]
    public async Task HandleAsync_AccountPersonStitchedLater_GetsTheirAnonymousTouchesWithoutReadingTheWholeStore()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s
            .AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(30)))
            .AddSingleton<IWorkspaceReader, ThrowingWorkspaceReader>());
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
            Touchpoint.Create("c-1", T0.AddDays(1), TouchpointTypes.PageView, anonymousId: "visitor-c", channel: "organic_search"),
            Touchpoint.Create("c-2", T0.AddDays(2), TouchpointTypes.PageView, anonymousId: "visitor-c", channel: "organic_search"),
        ]);
        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity()]);
        await host.DrainAsync();
        var before = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        // Carol identifies herself after the deal was created: her cookie's earlier visits join the account's journey.
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("c-3", T0.AddDays(20), TouchpointTypes.FormFill, Carol, "visitor-c", channel: "organic_search")]);
        await host.DrainAsync();
        var after = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        Assert.Equal(["b-1"], before!.Touches.Select(t => t.EventId));
        Assert.Equal(["b-1", "c-1", "c-2"], after!.Touches.Select(t => t.EventId));
        Assert.Null(await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Revenue));
        var analysis = await WholeStoreReader(host).AnalyzeAsync(T0.AddDays(30));
        var errors = AttributionDifferences.Between(analysis.Attribute("acme-1", AttributionKind.Pipeline).Attribution!, after, AttributionDifferences.ExactModels);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        // No fit saved yet: Markov is fitted over the loaded journey, whose two channels weigh alike.
        Assert.Equal([0.5, 0.25, 0.25], after.Touches.Select(t => t.CreditOf(AttributionModel.Markov)));
    }

    [Fact]
    public async Task HandleAsync_PersonWhoseAccountIsNamedOnlyOnAnAnonymousTouch_JoinsThatAccountsJourney()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s
            .AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(30)))
            .AddSingleton<IWorkspaceReader, ThrowingWorkspaceReader>());
        var erin = EmailAddress.Parse("erin@freemail.example");
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
            Touchpoint.Create("e-1", T0.AddDays(1), TouchpointTypes.PageView, anonymousId: "visitor-e", accountDomain: "acme.example", channel: "paid_search"),
        ]);
        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity()]);
        await host.DrainAsync();

        // Erin identifies with a free-mail address; only her cookie's visit ever named her account.
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("e-2", T0.AddDays(20), TouchpointTypes.FormFill, erin, "visitor-e", channel: "paid_search")]);
        await host.DrainAsync();
        var stored = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        var analysis = await WholeStoreReader(host).AnalyzeAsync(T0.AddDays(30));
        var live = analysis.Attribute("acme-1", AttributionKind.Pipeline).Attribution!;
        Assert.Contains("e-1", live.Journey.Touches.Select(t => t.EventId));
        Assert.Contains("e-1", stored!.Touches.Select(t => t.EventId));
        var errors = AttributionDifferences.Between(live, stored!, AttributionDifferences.ExactModels);
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public async Task HandleAsync_ARequestNamingTheDealsAccount_TakesItsHistoryFromTheAccountsLinks_AndAttributesAsOneThatNamesNone()
    {
        var requests = new TableRequests();
        await using var host = await PipelineHost.StartAsync(azurite, requests, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(30))));
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email")]);
        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity()]);
        await host.DrainAsync();
        int DealReads() => requests.Seen.Count(r => r.Contains("/" + host.Storage.Names.Table(StorageNames.OpportunitiesTable) + "()", StringComparison.Ordinal));

        // A touch of Bob's from before the deal's creation, arriving late: his evaluation asks for the deal's attribution,
        // naming its account.
        requests.Clear();
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("b-2", T0.AddDays(5), TouchpointTypes.WebinarAttended, Bob, channel: "webinar")]);
        await host.DrainAsync();
        var hinted = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        Assert.Equal(0, DealReads());
        Assert.Equal(["b-1", "b-2"], hinted!.Touches.Select(t => t.EventId));

        // The same request naming no account reads the deal, and stores the same attribution.
        requests.Clear();
        await host.Get<QueueSender>().SendAsync(QueueNames.Attribution, [new AttributionRequest("acme-1")], "no-account", CancellationToken.None);
        await host.DrainAsync();
        var plain = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        Assert.Equal(1, DealReads());
        Assert.Equal(hinted.Touches.Select(t => (t.EventId, string.Join(',', t.Credits))), plain!.Touches.Select(t => (t.EventId, string.Join(',', t.Credits))));
        Assert.Equal((hinted.Amount, hinted.Type, hinted.CreatedAt), (plain.Amount, plain.Type, plain.CreatedAt));
    }

    [Fact]
    public async Task HandleAsync_ReadsTheKeptPartsOfThePeopleAtTheAccountsDomainInOneRange_AndAnyoneElseByKey()
    {
        var requests = new TableRequests();
        await using var host = await PipelineHost.StartAsync(azurite, requests, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(30))));
        // Fay writes from a free-mail address, and her touch names the account.
        var fay = EmailAddress.Parse("fay@gmail.com");
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
            Touchpoint.Create("c-1", T0.AddDays(1), TouchpointTypes.WebinarAttended, Carol, channel: "webinar"),
            Touchpoint.Create("f-1", T0.AddDays(2), TouchpointTypes.ContentDownload, fay, channel: "paid_social", accountDomain: "acme.example"),
        ]);
        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity()]);
        await host.DrainAsync();
        var people = host.Storage.Names.Table(StorageNames.PeopleTable);

        requests.Clear();
        await host.Get<QueueSender>().SendAsync(QueueNames.Attribution, [new AttributionRequest("acme-1") { AccountDomain = "acme.example" }], "again", CancellationToken.None);
        await host.DrainAsync();
        var attribution = await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline);

        // Bob, Carol and Dan (a contact never seen) in one range query, Fay by key: four keyed reads before.
        Assert.Equal(1, requests.Seen.Count(r => r.Contains("/" + people + "()", StringComparison.Ordinal)));
        Assert.Equal(1, requests.Seen.Count(r => r.Contains("/" + people + "(P", StringComparison.Ordinal)));
        Assert.Equal(["b-1", "c-1", "f-1"], attribution!.Touches.Select(t => t.EventId));
    }

    [Fact]
    public async Task HandleAsync_UnknownOpportunity_IsSkipped()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<IWorkspaceReader, ThrowingWorkspaceReader>());
        await host.Get<QueueSender>().SendAsync(QueueNames.Attribution, [new AttributionRequest("no-such-deal")], "unknown", CancellationToken.None);

        Assert.Equal(1, await host.DrainAsync());
        Assert.Null(await host.Get<AttributionStore>().GetAsync("no-such-deal", AttributionKind.Pipeline));
    }

    [Theory]
    [InlineData(typeof(AttributionHandler))]
    [InlineData(typeof(OpportunityScopeLoader))]
    public void Constructor_TakesNoWholeStoreReader(Type type) =>
        Assert.All(type.GetConstructors().SelectMany(c => c.GetParameters()), p => Assert.NotEqual(typeof(IWorkspaceReader), p.ParameterType));

    private static async Task AssertStoredAsync(PipelineHost host, WorkspaceAnalysis analysis, IReadOnlyList<AttributionModel> models)
    {
        var results = host.Get<AttributionStore>();
        var errors = new List<string>();
        foreach (var history in analysis.Opportunities)
        {
            foreach (var kind in new[] { AttributionKind.Pipeline, AttributionKind.Revenue })
            {
                var expected = analysis.Attribute(history.OpportunityId, kind).Attribution;
                var stored = await results.GetAsync(history.OpportunityId, kind);
                Assert.Equal(expected is null, stored is null);
                if (expected is not null)
                {
                    errors.AddRange(AttributionDifferences.Between(expected, stored!, models));
                }
            }
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Contains(analysis.Opportunities, h => h.Current!.Status == OpportunityStatus.Won);
    }

    private static StoredWorkspaceReader WholeStoreReader(PipelineHost host) => new(
        host.Get<TouchpointStore>(), host.Get<OpportunityStore>(), host.Get<LeadFactStore>(), host.Get<WorkspaceSettings>());

    [Fact]
    public async Task HandleAsync_WonDealReopened_DropsItsRevenueAttribution()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(60))));
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email")]);
        var won = Opportunity() with { Status = OpportunityStatus.Won, ClosedAt = T0.AddDays(20), UpdatedAt = T0.AddDays(20) };
        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity(), won]);
        await host.DrainAsync();
        Assert.NotNull(await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Revenue));

        await host.Get<OpportunityIngestion>().AcceptAsync([Opportunity() with { UpdatedAt = T0.AddDays(30) }]);
        await host.DrainAsync(deliverTwice: true);

        Assert.Null(await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Revenue));
        Assert.NotNull(await host.Get<AttributionStore>().GetAsync("acme-1", AttributionKind.Pipeline));
        var revenue = await host.Get<AttributionPeriodReader>().ListAsync(AttributionKind.Revenue, new ReportPeriod(T0, T0.AddDays(60)));
        Assert.Empty(revenue);
    }

    private static Opportunity Opportunity() => new()
    {
        OpportunityId = "acme-1",
        AccountDomain = "acme.example",
        ContactEmails = [Bob, NeverSeen],
        Amount = 10_000m,
        CloseDate = new DateOnly(2026, 6, 30),
        Status = OpportunityStatus.Open,
        CreatedAt = T0.AddDays(10),
        UpdatedAt = T0.AddDays(10),
    };
}
