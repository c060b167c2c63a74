using Cascade.Storage.EdgeEvents;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.EdgeEvents;

[Collection(StorageCollection.Name)]
public sealed class EdgeEventStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task RecordAsync_ReplayedAndRepeatedIds_ReportsDuplicates()
    {
        var store = new EdgeEventStore(await azurite.CreateStorageAsync());
        var first = Enumerable.Range(0, 300).Select(i => $"evt-{i}").ToList();

        var initial = await store.RecordAsync(first, Now);
        var replay = await store.RecordAsync(["evt-7", "new-1", "new-1", "evt-299", "new/2#?"], Now);

        Assert.Equal((300, 0), (initial.Accepted, initial.Duplicates));
        Assert.Equal([true, false, true, true, false], replay.IsDuplicate);
    }

    [Fact]
    public async Task RecordAsync_ConcurrentRequestsWithOneId_RecordItAsNewOnce()
    {
        var store = new EdgeEventStore(await azurite.CreateStorageAsync());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => store.RecordAsync(["raced-1"], Now)));

        Assert.Equal(1, results.Sum(r => r.Accepted));
        Assert.Equal(7, results.Sum(r => r.Duplicates));
    }
}
