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
    public async Task ApplyAsync_NewerStates_KeepFirstCurrentAndEveryState()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        var first = State(1000.10m, 0);
        var second = State(1200m, 5);
        var won = State(1250.99m, 9, OpportunityStatus.Won);

        foreach (var state in new[] { first, second, won })
        {
            Assert.Equal(OpportunityUpdateOutcome.Accepted, await store.ApplyAsync(state));
        }

        AssertSame(first, await store.GetFirstAsync(first.OpportunityId));
        AssertSame(won, await store.GetCurrentAsync(first.OpportunityId));
        var states = await store.StatesAsync(first.OpportunityId);
        Assert.Equal(3, states.Count);
        AssertSame(second, states[1]);
        var history = await store.HistoryAsync(first.OpportunityId);
        Assert.Equal(OpportunityStatus.Won, history!.Timeline[^1].State.Status);
    }

    [Fact]
    public async Task ApplyAsync_StaleOrEqualUpdatedAt_IsIgnored()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(500m, 5));

        var older = await store.ApplyAsync(State(900m, 2));
        var same = await store.ApplyAsync(State(700m, 5));

        Assert.Equal(OpportunityUpdateOutcome.Stale, older);
        Assert.Equal(OpportunityUpdateOutcome.Stale, same);
        Assert.Equal(500m, (await store.GetCurrentAsync("opp/1#a"))!.Amount);
        Assert.Single(await store.StatesAsync("opp/1#a"));
    }

    [Fact]
    public async Task ApplyAsync_ConcurrentStates_NewestEndsCurrent()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());

        var outcomes = await Task.WhenAll(Enumerable.Range(1, 10).Select(i => store.ApplyAsync(State(i * 100m, i))));

        Assert.Contains(OpportunityUpdateOutcome.Accepted, outcomes);
        Assert.Equal(1000m, (await store.GetCurrentAsync("opp/1#a"))!.Amount);
        Assert.Equal(outcomes.Count(o => o == OpportunityUpdateOutcome.Accepted), (await store.StatesAsync("opp/1#a")).Count);
    }

    [Fact]
    public async Task ListCurrentAsync_SeveralOpportunities_ReturnsEachCurrentState()
    {
        var store = new OpportunityStore(await azurite.CreateStorageAsync());
        await store.ApplyAsync(State(1m, 1));
        await store.ApplyAsync(State(2m, 2));
        await store.ApplyAsync(State(3m, 1) with { OpportunityId = "opp-2" });

        var current = await store.ListCurrentAsync().ToListAsync();

        Assert.Equal([2m, 3m], current.OrderBy(o => o.Amount).Select(o => o.Amount));
    }

    private static void AssertSame(Opportunity expected, Opportunity? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.ContactEmails, actual.ContactEmails);
        Assert.Equal(expected with { ContactEmails = [] }, actual with { ContactEmails = [] });
    }
}
