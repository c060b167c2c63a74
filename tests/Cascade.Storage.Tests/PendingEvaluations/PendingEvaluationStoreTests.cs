using Cascade.Storage.PendingEvaluations;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.PendingEvaluations;

[Collection(StorageCollection.Name)]
public sealed class PendingEvaluationStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private const string Ada = "ada@acme.com";
    private const string Bob = "bob@acme.com";

    private static async Task<IReadOnlyList<PendingEvaluation>> ListEverywhereAsync(PendingEvaluationStore store)
    {
        var all = new List<PendingEvaluation>();
        foreach (var shard in PendingEvaluationStore.Shards(PendingKind.Lead).Concat(PendingEvaluationStore.Shards(PendingKind.Attribution)))
            all.AddRange(await store.ListAsync(shard));
        return all;
    }

    [Fact]
    public async Task MarkAsync_RepeatedMarksOfOnePersonAndInstant_CollapseIntoOneRow_DifferentInstantsStayApart()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        var shards = await store.MarkAsync(PendingKind.Lead, [(Ada, Monday), (Ada, Monday), (Ada, Monday.AddHours(1)), (Bob, null)]);
        await store.MarkAsync(PendingKind.Lead, [(Ada, Monday)]);

        var marks = await ListEverywhereAsync(store);
        Assert.Equal(
            [(Ada, (DateTimeOffset?)Monday), (Ada, Monday.AddHours(1)), (Bob, null)],
            marks.Select(m => (m.Key, m.Since)).OrderBy(m => m.Key, StringComparer.Ordinal).ThenBy(m => m.Since).ToList());
        Assert.Equal(
            new[] { PendingEvaluationStore.ShardOf(PendingKind.Lead, Ada), PendingEvaluationStore.ShardOf(PendingKind.Lead, Bob) }.Distinct().Order(StringComparer.Ordinal),
            shards);
    }

    [Fact]
    public async Task ClearAsync_LeavesAMarkWrittenAgainAfterItWasRead()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        await store.MarkAsync(PendingKind.Lead, [(Ada, Monday), (Bob, Monday)]);
        var read = await ListEverywhereAsync(store);

        // New facts for Ada arrive while the sweep evaluates: her mark is written again with the same key.
        await store.MarkAsync(PendingKind.Lead, [(Ada, Monday)]);
        await store.ClearAsync(read);

        var left = await ListEverywhereAsync(store);
        Assert.Equal([Ada], left.Select(m => m.Key));
    }

    [Fact]
    public async Task ClearAsync_MarksAlreadyClearedByAnotherSweep_IsNoError()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());
        var people = Enumerable.Range(0, 150).Select(i => ($"p{i}@acme.com", (DateTimeOffset?)Monday)).ToList();
        await store.MarkAsync(PendingKind.Lead, people);
        var read = await ListEverywhereAsync(store);

        await store.ClearAsync(read.Take(40).ToList());
        await store.ClearAsync(read);

        Assert.Equal(150, read.Count);
        Assert.Empty(await ListEverywhereAsync(store));
    }

    [Fact]
    public async Task MarkAsync_PeopleAndOpportunities_LiveInTheirOwnShards()
    {
        var store = new PendingEvaluationStore(await azurite.CreateStorageAsync());

        var people = await store.MarkAsync(PendingKind.Lead, [(Ada, null)]);
        var deals = await store.MarkAsync(PendingKind.Attribution, [("acme-1", null)]);

        Assert.StartsWith("s", Assert.Single(people), StringComparison.Ordinal);
        Assert.StartsWith("o", Assert.Single(deals), StringComparison.Ordinal);
        Assert.Equal(["acme-1"], (await store.ListAsync(deals[0])).Select(m => m.Key));
        Assert.Equal([Ada], (await store.ListAsync(people[0])).Select(m => m.Key));
    }

    [Theory]
    [InlineData(PendingKind.Lead)]
    [InlineData(PendingKind.Attribution)]
    public void ShardOf_SpreadsKeysOverEveryShardOfTheirKind(PendingKind kind)
    {
        var shards = Enumerable.Range(0, 2_000).Select(i => PendingEvaluationStore.ShardOf(kind, $"key-{i}")).ToHashSet();

        Assert.Equal(PendingEvaluationStore.Shards(kind).ToHashSet(), shards);
    }
}
