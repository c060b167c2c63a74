using Cascade.Domain.Pipeline;
using Cascade.Storage.Snapshots;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Snapshots;

[Collection(StorageCollection.Name)]
public sealed class WaterfallSnapshotStoreTests(AzuriteFixture azurite)
{
    private static readonly Quarter Q1 = Quarter.Parse("2026-Q1");

    [Fact]
    public async Task SaveAsync_SameQuarterTwice_ReplacesTheSnapshot()
    {
        var store = new WaterfallSnapshotStore(await azurite.CreateStorageAsync());
        var first = new WaterfallSnapshot(Waterfall(100m), new DateTimeOffset(2026, 4, 1, 0, 5, 0, TimeSpan.Zero));
        var second = new WaterfallSnapshot(Waterfall(250.55m), new DateTimeOffset(2026, 4, 2, 9, 0, 0, TimeSpan.Zero));

        await store.SaveAsync(first);
        await store.SaveAsync(second);
        var stored = await store.GetAsync(Q1);

        Assert.NotNull(stored);
        Assert.Equal(second.TakenAt, stored.TakenAt);
        Assert.Equal(second.Waterfall with { ByCloseQuarter = [] }, stored.Waterfall with { ByCloseQuarter = [] });
        Assert.Equal(second.Waterfall.ByCloseQuarter, stored.Waterfall.ByCloseQuarter);
        Assert.True(stored.Waterfall.Reconciles);
        Assert.Null(await store.GetAsync(Q1.Next()));
    }

    private static PipelineWaterfall Waterfall(decimal starting) => new()
    {
        Quarter = Q1,
        Starting = starting,
        New = 40.10m,
        Items = new ValueChangeItems(5m, 7m, -3m, -2m, 1.25m),
        ClosedWon = 20m,
        ClosedLost = 10m,
        Ending = starting + 40.10m + 8.25m - 30m,
        Counts = new WaterfallCounts(3, 2, 1, 1, 3),
        ByCloseQuarter = [new PipelineByCloseQuarter(Q1.Next(), starting + 18.35m, 3)],
    };
}
