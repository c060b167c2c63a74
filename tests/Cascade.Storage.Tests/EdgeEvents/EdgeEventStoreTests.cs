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
        await store.ConfirmQueuedAsync(first, Now);
        var replay = await store.RecordAsync(["evt-7", "new-1", "new-1", "evt-299", "new/2#?"], Now);

        Assert.Equal((300, 0), (initial.Accepted, initial.Duplicates));
        Assert.Equal([true, false, true, true, false], replay.IsDuplicate);
    }

    [Fact]
    public async Task RecordAsync_RecordedButNeverConfirmed_IsQueuedAgain()
    {
        var store = new EdgeEventStore(await azurite.CreateStorageAsync());

        await store.RecordAsync(["lost-1", "kept-1"], Now);
        await store.ConfirmQueuedAsync(["kept-1"], Now);
        var replay = await store.RecordAsync(["lost-1", "kept-1"], Now.AddSeconds(5));

        Assert.Equal([EdgeEventStatus.Unconfirmed, EdgeEventStatus.Queued], replay.Statuses);
    }
}
