using Cascade.Domain.Identity;
using Cascade.Storage.PendingEvaluations;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.PendingEvaluations;

[Collection(StorageCollection.Name)]
public sealed class PendingEvaluationStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.com");

    private static async Task<IReadOnlyList<PendingEvaluation>> ListEverywhereAsync(PendingEvaluationStore store)
    {
        var all = new List<PendingEvaluation>();
        foreach (var shard in PendingEvaluationStore.AllShards)
            all.AddRange(await store.ListAsync(shard));
        return all;
    }

    [Fact]
    public async Task MarkAsync_RepeatedMarksOfOnePersonAndInstant_CollapseIntoOneRow_DifferentInstantsStayApart()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        var shards = await store.MarkAsync([(Ada, Monday, false), (Ada, Monday, false), (Ada, Monday.AddHours(1), false), (Bob, null, false)]);
        await store.MarkAsync([(Ada, Monday, false)]);

        var marks = await ListEverywhereAsync(store);
        Assert.Equal(
            [(Ada, (DateTimeOffset?)Monday), (Ada, Monday.AddHours(1)), (Bob, null)],
            marks.Select(m => (m.Email, m.Since)).OrderBy(m => m.Email.Value, StringComparer.Ordinal).ThenBy(m => m.Since).ToList());
        Assert.Equal(
            new[] { PendingEvaluationStore.ShardOf(Ada), PendingEvaluationStore.ShardOf(Bob) }.Distinct().Order(StringComparer.Ordinal),
            shards);
    }

    [Fact]
    public async Task MarkAsync_ATouchesOnlyMark_NeverOverwritesAFullOneOfTheSameInstant()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        await store.MarkAsync([(Ada, Monday, false), (Bob, Monday, true)]);
        await store.MarkAsync([(Ada, Monday, true), (Bob, Monday, true)]);

        var marks = await ListEverywhereAsync(store);
        Assert.Equal(
            [(Ada, false), (Ada, true), (Bob, true)],
            marks.Select(m => (m.Email, m.TouchesOnly)).OrderBy(m => m.Email.Value, StringComparer.Ordinal).ThenBy(m => m.TouchesOnly).ToList());
    }

    [Fact]
    public async Task ClearAsync_LeavesAMarkWrittenAgainAfterItWasRead()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        await store.MarkAsync([(Ada, Monday, false), (Bob, Monday, false)]);
        var read = await ListEverywhereAsync(store);

        // New facts for Ada arrive while the sweep evaluates: her mark is written again with the same key.
        await store.MarkAsync([(Ada, Monday, false)]);
        await store.ClearAsync(read);

        var left = await ListEverywhereAsync(store);
        Assert.Equal([Ada], left.Select(m => m.Email));
    }

    [Fact]
    public async Task ClearAsync_MarksAlreadyClearedByAnotherSweep_IsNoError()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        var people = Enumerable.Range(0, 150).Select(i => (EmailAddress.Parse($"p{i}@acme.com"), (DateTimeOffset?)Monday, false)).ToList();
        await store.MarkAsync(people);
        var read = await ListEverywhereAsync(store);

        await store.ClearAsync(read.Take(40).ToList());
        await store.ClearAsync(read);

        Assert.Equal(150, read.Count);
        Assert.Empty(await ListEverywhereAsync(store));
    }

    [Fact]
    public void ShardOf_SpreadsPeopleOverEveryShard()
    {
        var shards = Enumerable.Range(0, 2_000).Select(i => PendingEvaluationStore.ShardOf(EmailAddress.Parse($"p{i}@acme.com"))).ToHashSet();

        Assert.Equal(PendingEvaluationStore.AllShards.ToHashSet(), shards);
    }
}
