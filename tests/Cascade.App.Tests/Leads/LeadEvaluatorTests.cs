using Azure.Data.Tables;
using Azure.Storage.Queues.Models;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage;
using Cascade.Storage.Identities;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.People;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Leads;

/// <summary>
/// The evaluator and its sweep against real storage whose table requests are seen (<see cref="TableRequests"/>): what a
/// touches-only evaluation reads, a race between two evaluations of one person on different facts, and two sweeps of the
/// same shards.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class LeadEvaluatorTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.example");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");

    private async Task<(PipelineHost Host, TableRequests Requests)> StartAsync()
    {
        var requests = new TableRequests();
        return (await PipelineHost.StartAsync(azurite, requests), requests);
    }

    private static Task<IReadOnlyList<PersonEvaluation>> EvaluateAsync(
        PipelineHost host, EmailAddress email, bool touchesOnly = false, IReadOnlyList<Touchpoint>? carried = null)
    {
        var evaluator = host.Get<LeadEvaluator>();
        return evaluator.EvaluateAsync([new PersonToEvaluate(email, touchesOnly || carried is not null, carried)], evaluator.NewRun(), parallelism: 1);
    }

    /// <summary>Stores <paramref name="touches"/> and answers them as a mark carries them: as a read gives them back.</summary>
    private static async Task<IReadOnlyList<Touchpoint>> StoreAsync(PipelineHost host, params Touchpoint[] touches) =>
        await host.Get<TouchpointStore>().InsertAsync(touches);

    /// <summary>Requests to <paramref name="table"/>: <paramref name="query"/> counts partition queries, else point reads.</summary>
    private static int Count(IEnumerable<string> requests, PipelineHost host, string table, bool query) =>
        requests.Count(r => r.Contains("/" + host.Storage.Names.Table(table) + (query ? "()" : "(P"), StringComparison.Ordinal));

    [Fact]
    public async Task AnEvaluationThatLosesTheRace_DecidesAgainOnFreshFacts_InsteadOfWritingItsOlderDecision()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("a-1", T0, TouchpointTypes.PageView, Ada, channel: "organic_search")]);

        // The first evaluation has read its facts and decided when it reaches its first write; it is held there while a
        // later fact arrives and a second evaluation reads it and writes first.
        var held = requests.HoldNext(r => r.EndsWith("$batch", StringComparison.Ordinal));
        var first = EvaluateAsync(host, Ada);
        await held;
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("a-2", T0.AddDays(1), TouchpointTypes.FormFill, Ada, channel: "email")]);
        var second = await EvaluateAsync(host, Ada);
        requests.Release();
        var late = await first;

        Assert.Null(Assert.Single(second).Failure);
        Assert.Null(Assert.Single(late).Failure);
        var stored = (await host.Get<PersonStore>().GetAsync(Ada))!;
        Assert.Equal(T0.AddDays(1), stored.LastActivityAt);
        Assert.Equal(["a-1", "a-2"], (await host.Get<PersonStore>().JourneyAsync(Ada))!.Select(t => t.EventId));
    }

    [Fact]
    public async Task ATouchesOnlyEvaluation_ReadsNeitherLinksOfThePersonNorLeadFacts_AndDecidesAsAFullOne()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, "c-1", channel: "email")]);
        await host.Get<IdentityStore>().StitchAsync("c-1", Ada, T0, "a-1");
        await EvaluateAsync(host, Ada);
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("c-2", T0.AddDays(2), TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search")]);

        requests.Clear();
        await EvaluateAsync(host, Ada, touchesOnly: true);
        var narrow = (await host.Get<PersonStore>().GetAsync(Ada))!;
        var narrowRequests = requests.Seen;
        requests.Clear();
        await EvaluateAsync(host, Ada);
        var full = (await host.Get<PersonStore>().GetAsync(Ada))!;
        var fullRequests = requests.Seen;

        // Lead facts, the person's link partition (never: cookies are found on their touches and checked by their owner
        // rows), contact and account links, owner rows.
        int[] Reads(IReadOnlyList<string> seen) =>
        [
            Count(seen, host, StorageNames.LeadFactsTable, query: true),
            Count(seen, host, StorageNames.IdentitiesTable, query: true),
            Count(seen, host, StorageNames.OpportunityLinksTable, query: true),
            Count(seen, host, StorageNames.IdentitiesTable, query: false),
        ];
        Assert.Equal([1, 0, 2, 1], Reads(fullRequests));
        Assert.Equal([0, 0, 1, 1], Reads(narrowRequests));
        Assert.Equal(T0.AddDays(2), narrow.LastActivityAt);
        Assert.Equal((full.Score!.Total, full.Lead), (narrow.Score!.Total, narrow.Lead));
        Assert.Equal(["c-1"], narrow.AnonymousIds);
        Assert.Equal((false, 0), (narrow.Seen!.LeadFacts, narrow.Seen.ContactOpportunities.Count));
    }

    [Fact]
    public async Task AnAccountsDeals_ComeWithItsLinks_SoItsPeoplesEvaluationReadsNoDeal_UnlessTheLinkKeepsNoVersions()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"),
            Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email"),
        ]);
        await host.DrainAsync();
        // A deal of the account that names no contact moves every one of its people (domain §3).
        var deal = new Opportunity
        {
            OpportunityId = "acme-platform",
            AccountDomain = "acme.example",
            Amount = 30_000m,
            CloseDate = DateOnly.FromDateTime(T0.AddDays(60).UtcDateTime),
            Status = OpportunityStatus.Open,
            CreatedAt = T0.AddDays(1),
            UpdatedAt = T0.AddDays(1),
        };
        await host.Get<OpportunityIngestion>().AcceptAsync([deal, deal with { Amount = 35_000m, UpdatedAt = T0.AddDays(2) }]);
        await host.DrainAsync();

        async Task<(IReadOnlyList<string> Seen, IReadOnlyList<PersonEvaluation> Evaluations)> EvaluateBothAsync()
        {
            requests.Clear();
            var evaluator = host.Get<LeadEvaluator>();
            var evaluations = await evaluator.EvaluateAsync([new PersonToEvaluate(Ada), new PersonToEvaluate(Bob)], evaluator.NewRun(), parallelism: 2);
            return (requests.Seen, evaluations);
        }

        var (kept, keptEvaluations) = await EvaluateBothAsync();
        var stages = new[] { (await host.Get<PersonStore>().GetAsync(Ada))!.Lead.Stage, (await host.Get<PersonStore>().GetAsync(Bob))!.Lead.Stage };

        // A link written before links kept versions: the deal is read, once for the run, and decides the same.
        await host.Storage.Table(StorageNames.OpportunityLinksTable).UpsertEntityAsync(
            new OpportunityLinkEntity { PartitionKey = "a:acme.example", RowKey = "acme-platform", OpportunityId = "acme-platform" }, TableUpdateMode.Replace);
        var (read, readEvaluations) = await EvaluateBothAsync();

        Assert.Equal((0, 1), (Count(kept, host, StorageNames.OpportunitiesTable, query: true), Count(read, host, StorageNames.OpportunitiesTable, query: true)));
        Assert.Equal([LifecycleStage.Opportunity, LifecycleStage.Opportunity], stages);
        Assert.Equal([LifecycleStage.Opportunity, LifecycleStage.Opportunity], [(await host.Get<PersonStore>().GetAsync(Ada))!.Lead.Stage, (await host.Get<PersonStore>().GetAsync(Bob))!.Lead.Stage]);
        foreach (var evaluations in new[] { keptEvaluations, readEvaluations })
        {
            Assert.All(evaluations, e => Assert.Equal(35_000m, Assert.Single(e.Journeys).Current!.Amount));
        }
    }

    [Fact]
    public async Task ATouchesOnlyEvaluation_FindsACookieStitchedSinceWithoutItsRequest_AndDropsOneThatChangedHands()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        var touches = host.Get<TouchpointStore>();
        var identities = host.Get<IdentityStore>();
        await touches.AddAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"),
            Touchpoint.Create("b-1", T0.AddDays(1), TouchpointTypes.FormFill, Bob, "c-1", channel: "email"),
            Touchpoint.Create("c-visit", T0.AddDays(2), TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search"),
        ]);
        await identities.StitchAsync("c-1", Bob, T0.AddDays(1), "b-1");
        await EvaluateAsync(host, Ada);
        await EvaluateAsync(host, Bob);

        // Ada's earlier touch with the same cookie takes it from Bob; both requests for a full evaluation are lost (a
        // crash after the stitch), so only touches-only ones follow.
        await touches.AddAsync([Touchpoint.Create("a-0", T0.AddHours(-1), TouchpointTypes.PageView, Ada, "c-1", channel: "direct")]);
        await identities.StitchAsync("c-1", Ada, T0.AddHours(-1), "a-0");
        await EvaluateAsync(host, Ada, touchesOnly: true);
        await EvaluateAsync(host, Bob, touchesOnly: true);

        var people = host.Get<PersonStore>();
        Assert.Equal(["a-0", "a-1", "c-visit"], (await people.JourneyAsync(Ada))!.Select(t => t.EventId));
        Assert.Equal(["b-1"], (await people.JourneyAsync(Bob))!.Select(t => t.EventId));
        Assert.Equal(["c-1"], (await people.GetAsync(Ada))!.AnonymousIds);
        Assert.Empty((await people.GetAsync(Bob))!.AnonymousIds);
    }

    [Fact]
    public async Task AStitchThroughTheQueues_AsksForATouchesOnlyEvaluation_ThatReadsNoLeadFact_AndMovesTheCookiesTouches()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        var people = host.Get<PersonStore>();
        await host.Get<TouchpointIngestion>().AcceptAsync(
        [
            Touchpoint.Create("b-0", T0.AddHours(-1), TouchpointTypes.FormFill, Bob, channel: "email"),
            Touchpoint.Create("visit", T0, TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search"),
        ]);
        await host.DrainAsync();

        // Ada identifies on the cookie: its earlier visit joins her journey.
        requests.Clear();
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("a-1", T0.AddDays(1), TouchpointTypes.FormFill, Ada, "c-1", channel: "email")]);
        await host.DrainAsync();
        var claimed = requests.Seen;

        Assert.Equal(["visit", "a-1"], (await people.JourneyAsync(Ada))!.Select(t => t.EventId));
        Assert.Equal(["c-1"], (await people.GetAsync(Ada))!.AnonymousIds);

        // Bob's touch with the same cookie happened earlier, so it takes the cookie and its visit from Ada.
        requests.Clear();
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("b-1", T0.AddHours(12), TouchpointTypes.PageView, Bob, "c-1", channel: "direct")]);
        await host.DrainAsync();
        var taken = requests.Seen;

        Assert.Equal(["a-1"], (await people.JourneyAsync(Ada))!.Select(t => t.EventId));
        Assert.Empty((await people.GetAsync(Ada))!.AnonymousIds);
        Assert.Equal(["b-0", "visit", "b-1"], (await people.JourneyAsync(Bob))!.Select(t => t.EventId));
        Assert.Equal(["c-1"], (await people.GetAsync(Bob))!.AnonymousIds);
        // Their lead facts and contact links are what their profiles saw: a stitch changes neither.
        Assert.Equal((0, 0), (Count(claimed, host, StorageNames.LeadFactsTable, query: true), Count(taken, host, StorageNames.LeadFactsTable, query: true)));
    }

    [Fact]
    public async Task ATouchesOnlyEvaluationOfSomeoneNeverEvaluated_ReadsOnlyTheirTouchesAndAccount_AndFindsTheCookiesTheyOwn()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await host.Get<TouchpointStore>().AddAsync(
        [
            Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, "c-1", channel: "email"),
            Touchpoint.Create("b-1", T0.AddHours(1), TouchpointTypes.FormFill, Bob, "c-1", channel: "email"),
            Touchpoint.Create("c-visit", T0.AddDays(1), TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search"),
        ]);
        await host.Get<IdentityStore>().StitchAsync("c-1", Ada, T0, "a-1");
        await host.Get<IdentityStore>().StitchAsync("c-1", Bob, T0.AddHours(1), "b-1");

        requests.Clear();
        await EvaluateAsync(host, Ada, touchesOnly: true);
        var adaRequests = requests.Seen;
        await EvaluateAsync(host, Bob, touchesOnly: true);

        // Both carried the cookie; Ada did first, so it is hers alone.
        Assert.Equal(0, Count(adaRequests, host, StorageNames.LeadFactsTable, query: true));
        Assert.Equal(1, Count(adaRequests, host, StorageNames.OpportunityLinksTable, query: true));
        Assert.Equal(["a-1", "c-visit"], (await host.Get<PersonStore>().JourneyAsync(Ada))!.Select(t => t.EventId));
        Assert.Equal(["b-1"], (await host.Get<PersonStore>().JourneyAsync(Bob))!.Select(t => t.EventId));
        Assert.Empty((await host.Get<PersonStore>().GetAsync(Bob))!.AnonymousIds);
    }

    [Fact]
    public async Task ASweepOfTheSameShards_WaitsForTheOneRunning_InsteadOfListingBesideIt()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await host.Get<TouchpointStore>().AddAsync([Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email")]);
        await host.Get<LeadEvaluationRequests>().RequestAsync([new LeadEvaluation(Ada.Value, T0, TouchesOnly: true)], "lead-1");
        QueueMessage[] sweeps = await host.Storage.Queue(QueueNames.Transitions).ReceiveMessagesAsync(32);
        var sweep = Assert.Single(sweeps).Body.ToString();
        var pendingTable = host.Storage.Names.Table(StorageNames.PendingEvaluationsTable);
        int Listings() => requests.Seen.Count(r => r.Contains("/" + pendingTable + "()", StringComparison.Ordinal));

        // The first sweep is held at its read of Ada's profile; a redelivery of its message arrives meanwhile.
        var held = requests.HoldNext(r => r.Contains("/" + host.Storage.Names.Table(StorageNames.PeopleTable) + "(P", StringComparison.Ordinal));
        var first = host.Get<LeadEvaluationHandler>().HandleAsync(sweep);
        await held;
        var listedBefore = Listings();
        var second = host.Get<LeadEvaluationHandler>().HandleAsync(sweep);
        // Room for a listing beside the held sweep, were there one: a wait that can only let the test pass wrongly on a
        // very slow machine, never fail a correct handler.
        await Task.Delay(200);
        var listedWhileHeld = Listings();
        requests.Release();
        await Task.WhenAll(first, second);

        Assert.Equal((1, 1), (listedBefore, listedWhileHeld));
        Assert.Equal(2, Listings());
        Assert.NotNull(await host.Get<PersonStore>().GetAsync(Ada));
    }

    [Fact]
    public async Task AnEvaluationOfCarriedTouches_ReadsNoTouchNorOwner_AndDecidesAsAFullOne()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await StoreAsync(host, Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, "c-1", channel: "email", profile: new Profile { JobTitle = "CTO" }));
        await host.Get<IdentityStore>().StitchAsync("c-1", Ada, T0, "a-1");
        await EvaluateAsync(host, Ada);
        var carried = await StoreAsync(
            host,
            Touchpoint.Create("a-2", T0.AddDays(3), TouchpointTypes.FormFill, Ada, channel: "email", pageUrl: "https://acme.example/pricing", profile: new Profile { Company = "Acme", CompanySize = 400 }),
            Touchpoint.Create("c-2", T0.AddDays(2), TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search"));

        requests.Clear();
        await EvaluateAsync(host, Ada, carried: carried);
        var seen = requests.Seen;
        var people = host.Get<PersonStore>();
        var narrow = ((await people.GetAsync(Ada))!, (await people.JourneyAsync(Ada))!);
        await EvaluateAsync(host, Ada);
        var full = ((await people.GetAsync(Ada))!, (await people.JourneyAsync(Ada))!);

        // No touch range, no owner row, and the profile with its journey in one query instead of a keyed read.
        Assert.Equal(0, Count(seen, host, StorageNames.TouchpointsTable, query: true));
        Assert.Equal(0, Count(seen, host, StorageNames.IdentitiesTable, query: false));
        Assert.Equal((1, 0), (Count(seen, host, StorageNames.PeopleTable, query: true), Count(seen, host, StorageNames.PeopleTable, query: false)));
        Assert.Equal(["a-1", "c-2", "a-2"], narrow.Item2.Select(t => t.EventId));
        Assert.Equal(full.Item2, narrow.Item2);
        Assert.Equal((full.Item1.Score!.Total, full.Item1.Profile, full.Item1.Lead, full.Item1.LastActivityAt), (narrow.Item1.Score!.Total, narrow.Item1.Profile, narrow.Item1.Lead, narrow.Item1.LastActivityAt));
        Assert.Equal("Acme", narrow.Item1.Profile.Company);
    }

    [Fact]
    public async Task AnEvaluationOfCarriedTouches_OfSomeoneNeverEvaluated_DecidesFromThemAlone()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        var carried = await StoreAsync(host, Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"));

        requests.Clear();
        await EvaluateAsync(host, Ada, carried: carried);

        Assert.Equal(0, Count(requests.Seen, host, StorageNames.TouchpointsTable, query: true));
        Assert.Equal(["a-1"], (await host.Get<PersonStore>().JourneyAsync(Ada))!.Select(t => t.EventId));
        Assert.Equal(T0, (await host.Get<PersonStore>().GetAsync(Ada))!.LastActivityAt);
    }

    [Fact]
    public async Task ACarriedTouchOfACookieThatLeftThePerson_StaysOutOfTheirJourney()
    {
        var (host, _) = await StartAsync();
        await using var __ = host;
        var identities = host.Get<IdentityStore>();
        await StoreAsync(host, Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, "c-1", channel: "email"));
        await identities.StitchAsync("c-1", Ada, T0, "a-1");
        await EvaluateAsync(host, Ada);
        // A visit of the cookie is owned by Ada when its message reads the owner; Bob's earlier touch then takes the
        // cookie, and Ada's full evaluation drops it before the mark that carries the visit is swept.
        var visit = await StoreAsync(host, Touchpoint.Create("c-visit", T0.AddDays(2), TouchpointTypes.PageView, anonymousId: "c-1", channel: "paid_search"));
        await StoreAsync(host, Touchpoint.Create("b-0", T0.AddHours(-1), TouchpointTypes.FormFill, Bob, "c-1", channel: "email"));
        await identities.StitchAsync("c-1", Bob, T0.AddHours(-1), "b-0");
        await EvaluateAsync(host, Ada);

        await EvaluateAsync(host, Ada, carried: visit);

        Assert.Equal(["a-1"], (await host.Get<PersonStore>().JourneyAsync(Ada))!.Select(t => t.EventId));
    }

    [Fact]
    public async Task TheProfilesOfASweepsPeople_AreWrittenTogether_AndOneChangedMeanwhileIsDecidedAgain()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        // People of one company: their rows share a partition.
        var shard = Enumerable.Range(0, 24).Select(i => EmailAddress.Parse($"p{i:D2}@acme.example")).ToList();
        await StoreAsync(host, shard.Select((p, i) => Touchpoint.Create($"f-{i}", T0, TouchpointTypes.FormFill, p, channel: "email")).ToArray());
        var store = host.Get<PersonStore>();
        var evaluator = host.Get<LeadEvaluator>();
        Task<IReadOnlyList<PersonEvaluation>> SweepAsync(IEnumerable<EmailAddress> people) =>
            evaluator.EvaluateAsync(people.Select(p => new PersonToEvaluate(p, false, null)).ToList(), evaluator.NewRun(), parallelism: 8);
        int Transactions() => requests.Seen.Count(r => r.EndsWith("/$batch", StringComparison.Ordinal));

        requests.Clear();
        var first = await SweepAsync(shard.Take(12));
        var together = Transactions();

        // Held at its first write (the funnel rows), after every profile was read: another writer creates one of them.
        requests.Clear();
        var held = requests.HoldNext(r => r.EndsWith("/$batch", StringComparison.Ordinal));
        var sweep = SweepAsync(shard.Skip(12));
        await held;
        await store.UpdateAsync(shard[15], current => PersonChange.To(current ?? PersonRecord.New(shard[15])) with { Journey = [] });
        requests.Release();
        var second = await sweep;

        // The funnel rows' transactions (March, and May when the form fill leaves them dormant) and the profiles' one:
        // twelve profiles written one by one were twelve.
        Assert.Equal(3, together);
        // The same, the other writer's, the profiles' refused for the one created meanwhile and again without it, then
        // that one decided again and written alone with its funnel rows.
        Assert.Equal(2 + 1 + 2 + 3, Transactions());
        Assert.All(first.Concat(second), e => Assert.Null(e.Failure));
        foreach (var (person, i) in shard.Select((p, i) => (p, i)))
        {
            // Known in March, dormant since May.
            Assert.Equal(LifecycleStage.Dormant, (await store.GetAsync(person))!.Lead.Stage);
            Assert.Equal([$"f-{i}"], (await store.JourneyAsync(person))!.Select(t => t.EventId));
        }
    }

    [Fact]
    public async Task AnEvaluationOfCarriedTouches_WithAJourneyRowNotOfItsProfile_ReadsTheTouches()
    {
        var (host, requests) = await StartAsync();
        await using var _ = host;
        await StoreAsync(host, Touchpoint.Create("a-1", T0, TouchpointTypes.FormFill, Ada, channel: "email"));
        await EvaluateAsync(host, Ada);
        // As a profile from before journeys were tagged, or one read beside a journey row of another write.
        var table = host.Storage.Table(StorageNames.PeopleTable);
        var profile = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(PersonRows.Sharded(Ada).Partition, PersonRows.Sharded(Ada).Profile)).Value;
        profile.Remove(nameof(PersonEntity.JourneyTag));
        await table.UpdateEntityAsync(profile, profile.ETag, Azure.Data.Tables.TableUpdateMode.Replace);
        await StoreAsync(host, Touchpoint.Create("a-0", T0.AddDays(-1), TouchpointTypes.PageView, Ada, channel: "direct"));
        var carried = await StoreAsync(host, Touchpoint.Create("a-2", T0.AddDays(1), TouchpointTypes.PageView, Ada, channel: "direct"));

        requests.Clear();
        await EvaluateAsync(host, Ada, carried: carried);

        Assert.Equal(1, Count(requests.Seen, host, StorageNames.TouchpointsTable, query: true));
        Assert.Equal(["a-0", "a-1", "a-2"], (await host.Get<PersonStore>().JourneyAsync(Ada))!.Select(t => t.EventId));
    }
}
