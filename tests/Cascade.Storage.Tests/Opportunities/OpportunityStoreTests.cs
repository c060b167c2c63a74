using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Opportunities;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Opportunities;

[Collection(StorageCollection.Name)]
public sealed class OpportunityStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Created = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    private static Opportunity State(decimal amount, int hoursLater, OpportunityStatus status = OpportunityStatus.Open) => new()
    {
        OpportunityId = "opp/1#a",
        Name = "Acme renewal",
        AccountDomain = "acme.io",
        ContactEmails = [EmailAddress.Parse("ana@acme.io"), EmailAddress.Parse("bo@acme.io")],
        Amount = amount,
        Stage = status == OpportunityStatus.Open ? "proposal" : "closed",
        CloseDate = new DateOnly(2026, 3, 31),
        Status = status,
        CreatedAt = Created,
        ClosedAt = status == OpportunityStatus.Open ? null : Created.AddHours(hoursLater),
        UpdatedAt = Created.AddHours(hoursLater),
    };

    [Fact]
    public async Task ApplyAsync_NewerStates_KeepEveryVersionAndTheLatestIsCurrent()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        var first = State(1000.10m, 0);
        var second = State(1200m, 5);
        var won = State(1250.99m, 9, OpportunityStatus.Won);

        foreach (var state in new[] { first, second, won })
        {
            Assert.Equal(OpportunityUpdateOutcome.Accepted, await store.ApplyAsync(state));
        }

        AssertSame(won, await store.GetCurrentAsync(first.OpportunityId));
        var states = await store.StatesAsync(first.OpportunityId);
        Assert.Equal(3, states.Count);
        AssertSame(first, states[0]);
        AssertSame(second, states[1]);
        var history = await store.HistoryAsync(first.OpportunityId);
        Assert.Equal(OpportunityStatus.Won, history!.Timeline[^1].State.Status);
    }

    [Fact]
    public async Task ApplyAsync_OlderVersionArrivingLate_IsKeptInItsPlace()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(500m, 5));

        var older = await store.ApplyAsync(State(900m, 2));

        Assert.Equal(OpportunityUpdateOutcome.Accepted, older);
        Assert.Equal(500m, (await store.GetCurrentAsync("opp/1#a"))!.Amount);
        Assert.Equal([900m, 500m], (await store.StatesAsync("opp/1#a")).Select(s => s.Amount));
        Assert.Equal(900m, (await store.HistoryAsync("opp/1#a"))!.Created!.Amount);
    }

    [Fact]
    public async Task ApplyAsync_BeforeCreatedAt_IsStaleAndWritesNothing()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());

        var outcome = await store.ApplyAsync(State(900m, -1));

        Assert.Equal(OpportunityUpdateOutcome.Stale, outcome);
        Assert.Null(await store.GetCurrentAsync("opp/1#a"));
    }

    [Fact]
    public async Task ApplyAsync_SameVersionAgain_IsAReplay()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(500m, 5));

        var replay = await store.ApplyAsync(State(500.00m, 5));

        Assert.Equal(OpportunityUpdateOutcome.Replay, replay);
        Assert.Single(await store.StatesAsync("opp/1#a"));
    }

    [Fact]
    public async Task ApplyAsync_OtherContentAtTheSameInstant_KeepsTheDomainsChoiceInEitherOrder()
    {
        var a = State(500m, 5);
        var b = State(700m, 5);
        var winner = OpportunityVersionRule.Decide(a, b) == OpportunityUpdateOutcome.Accepted ? a : b;
        var loser = winner == a ? b : a;

        foreach (var order in new[] { new[] { a, b }, [b, a] })
        {
            var store = new OpportunityStore(await azurite.CreateStorageAsync());
            var outcomes = new List<OpportunityUpdateOutcome>();
            foreach (var version in order)
            {
                outcomes.Add(await store.ApplyAsync(version));
            }

            Assert.Equal(order[1] == loser ? OpportunityUpdateOutcome.Outranked : OpportunityUpdateOutcome.Accepted, outcomes[1]);
            AssertSame(winner, Assert.Single(await store.StatesAsync("opp/1#a")));
        }
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentWritersOfOneDeal_EveryVersionLands()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        var versions = Enumerable.Range(1, 10).Select(i => State(i * 100m, i)).Reverse().ToList();

        var outcomes = await Task.WhenAll(versions.Concat(versions).Select(v => store.ApplyAsync(v)));

        Assert.Equal(10, outcomes.Count(o => o == OpportunityUpdateOutcome.Accepted));
        Assert.Equal(10, outcomes.Count(o => o == OpportunityUpdateOutcome.Replay));
        Assert.Equal(1000m, (await store.GetCurrentAsync("opp/1#a"))!.Amount);
        Assert.Equal(Enumerable.Range(1, 10).Select(i => i * 100m), (await store.StatesAsync("opp/1#a")).Select(s => s.Amount));
    }

    [Fact]
    public async Task ListAcceptedStatesAsync_SeveralOpportunities_GivesEveryVersionInUpdatedAtOrder()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(2m, 2));
        await store.ApplyAsync(State(1m, 1));
        await store.ApplyAsync(State(3m, 1) with { OpportunityId = "opp-2" });

        var histories = OpportunityHistory.FromArrivals(await store.ListAcceptedStatesAsync());

        Assert.Equal([2m, 3m], histories.Select(h => h.Current!.Amount).Order());
        Assert.Equal([1m, 3m], histories.Select(h => h.Created!.Amount).Order());
    }

    private static void AssertSame(Opportunity expected, Opportunity? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ContactEmails, actual.ContactEmails);
        Assert.Equal(expected with { ContactEmails = [] }, actual with { ContactEmails = [] });
    }

    [Fact]
    public async Task ApplyAsync_TypeSentByTheCrm_IsKeptWithItsVersion()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(1000m, 0) with { Type = OpportunityType.Renewal });
        await store.ApplyAsync(State(1000m, 3));

        var versions = await store.StatesAsync("opp/1#a");

        Assert.Equal([OpportunityType.Renewal, null], versions.Select(v => v.Type));
    }
}
