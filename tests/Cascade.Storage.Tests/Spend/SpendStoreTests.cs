using Cascade.Domain.Spend;
using Cascade.Storage.Spend;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Spend;

[Collection(StorageCollection.Name)]
public sealed class SpendStoreTests(AzuriteFixture azurite)
{
    private static readonly SpendMonth January = SpendMonth.Parse("2026-01");
    private static readonly SpendMonth February = SpendMonth.Parse("2026-02");
    private static readonly SpendMonth March = SpendMonth.Parse("2026-03");

    [Fact]
    public async Task SaveAsync_ThenList_ReadsOnlyTheAskedMonthsWithExactAmounts()
    {
        var store = new SpendStore(await azurite.CreateStorageAsync());
        await store.SaveAsync(
        [
            new SpendEntry(January, "paid_search", "brand", 1234567890.12m),
            new SpendEntry(January, "paid_search", null, 0.01m),
            new SpendEntry(February, "events", "Summit/Berlin #1 | 50% off", 0.10m),
            new SpendEntry(March, "email", null, 7m),
        ], "EUR");

        var stored = await store.ListAsync([January, February]);

        Assert.Equal(3, stored.Count);
        Assert.Contains(new SpendEntry(January, "paid_search", "brand", 1234567890.12m), stored);
        Assert.Contains(new SpendEntry(January, "paid_search", null, 0.01m), stored);
        Assert.Contains(new SpendEntry(February, "events", "Summit/Berlin #1 | 50% off", 0.10m), stored);
        Assert.Equal(1234567890.23m, stored.Sum(s => s.Amount));
    }

    [Fact]
    public async Task SaveAsync_SameCellAgain_ReplacesIt()
    {
        var store = new SpendStore(await azurite.CreateStorageAsync());

        await store.SaveAsync([new SpendEntry(January, "email", "a|b", 5m), new SpendEntry(January, "email|a", "b", 6m)], "EUR");
        await store.SaveAsync([new SpendEntry(January, "email", "a|b", 9.99m)], "EUR");

        var stored = await store.ListAsync([January]);
        Assert.Equal([6m, 9.99m], stored.Select(s => s.Amount).Order());
    }

    [Fact]
    public async Task SaveAsync_MoreThanOneTransactionOfCells_StoresThemAll()
    {
        var store = new SpendStore(await azurite.CreateStorageAsync());
        var entries = Enumerable.Range(0, 250).Select(i => new SpendEntry(i % 2 == 0 ? January : February, "paid_social", "c" + i, i / 100m)).ToList();

        await store.SaveAsync(entries, "EUR");

        var stored = await store.ListAsync([January, February, March]);
        Assert.Equal(250, stored.Count);
        Assert.Equal(entries.Sum(e => e.Amount), stored.Sum(s => s.Amount));
    }
}
