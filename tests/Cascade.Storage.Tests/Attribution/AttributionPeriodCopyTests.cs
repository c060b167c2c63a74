using System.Text.Json;
using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Attribution;
using Cascade.Testing.Attribution;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Attribution;

/// <summary>The copies <see cref="AttributionStore"/> files in <c>AttributionPeriods</c> for the period reports.</summary>
[Collection(StorageCollection.Name)]
public sealed class AttributionPeriodCopyTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Year = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_FilesTheStoredResultUnderItsMonth()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);

        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(1).AddDays(3), 12), OpportunityType.Expansion, null, Year);

        var february = await new AttributionPeriodStore(storage).ListAsync(AttributionKind.Pipeline, Year.AddMonths(1), Year.AddMonths(2));
        var entry = Assert.Single(february);
        Assert.Equal(Json(await store.GetAsync("opp-1", AttributionKind.Pipeline)), Json(entry.Record));
        Assert.Empty(await new AttributionPeriodStore(storage).ListAsync(AttributionKind.Pipeline, Year, Year.AddMonths(1)));
        Assert.Empty(await new AttributionPeriodStore(storage).ListAsync(AttributionKind.Revenue, Year, Year.AddYears(1)));
    }

    [Fact]
    public async Task SaveAsync_InstantMovedToAnotherMonth_LeavesOnlyTheNewMonthsCopy()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);

        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(1), 3), Year);
        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(4), 5), Year.AddDays(1));

        Assert.Equal(new[] { 5 }, await MonthsFiledAsync(storage));
        Assert.Null(await StalePeriodsAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_AfterAWriterStoppedBeforeItsRemoval_RemovesTheCopyTheSummaryNames()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(4), 5), Year);
        // What a writer leaves when it stops between saving a move out of February and removing February's copy.
        await new AttributionPeriodStore(storage).FileAsync((await store.GetAsync("opp-1", AttributionKind.Pipeline))! with { CreatedAt = Year.AddMonths(1) }, version: null);
        await storage.Table(StorageNames.AttributionTable).UpdateEntityAsync(
            new TableEntity(Key, "pipeline") { ["StalePeriods"] = "2026-02" }, Azure.ETag.All, TableUpdateMode.Merge);
        Assert.Equal(new[] { 2, 5 }, await MonthsFiledAsync(storage));

        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(4), 6), Year.AddDays(1));

        Assert.Equal(new[] { 5 }, await MonthsFiledAsync(storage));
        Assert.Null(await StalePeriodsAsync(storage));
    }

    [Fact]
    public async Task DeleteAsync_RemovesTheCopy()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(2), 4), Year);

        await store.DeleteAsync("opp-1", AttributionKind.Pipeline);

        Assert.Empty(await MonthsFiledAsync(storage));
    }

    [Fact]
    public async Task SaveAsync_TwentyConcurrentWritersOverSixMonths_LeaveOneCopyEqualToTheStoredResult()
    {
        var storage = await azurite.CreateStorageAsync();
        var writers = Enumerable.Range(0, 20).Select(i => new AttributionStore(storage)).ToList();

        await Task.WhenAll(writers.Select((w, i) => Task.Run(() => w.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(i % 6).AddDays(i), 2 + (i % 5)), Year.AddMinutes(i)))));

        var stored = await writers[0].GetAsync("opp-1", AttributionKind.Pipeline);
        Assert.Equal(new[] { stored!.CreatedAt.Month }, await MonthsFiledAsync(storage));
        var entry = Assert.Single(await new AttributionPeriodStore(storage).ListAsync(AttributionKind.Pipeline, Year, Year.AddYears(1)));
        Assert.Equal(Json(stored), Json(entry.Record));
        Assert.Null(await StalePeriodsAsync(storage));
    }

    [Fact]
    public async Task ListAsync_OpportunityUnderTwoMonths_GivesItOnceWithoutACopy()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        var periods = new AttributionPeriodStore(storage);
        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(4), 5), Year);
        await periods.FileAsync((await store.GetAsync("opp-1", AttributionKind.Pipeline))! with { CreatedAt = Year.AddMonths(1) }, version: null);

        var listed = await periods.ListAsync(AttributionKind.Pipeline, Year, Year.AddYears(1));

        Assert.Equal([new AttributionPeriodEntry("opp-1", null)], listed);
    }

    [Fact]
    public async Task GetAsync_ReadsTheCopyFiledFromTheCurrentSummary_AndTheTouchRowsOtherwise()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        var periods = new AttributionPeriodStore(storage);
        await store.SaveAsync(SampleAttributions.Pipeline(Key, Year.AddMonths(2), 4), Year);
        var stored = Json(await store.GetAsync(Key, AttributionKind.Pipeline));
        var summary = await storage.Table(StorageNames.AttributionTable).GetEntityAsync<TableEntity>(Key, "pipeline");
        var version = summary.Value.GetString("Version");
        var marked = (await store.GetAsync(Key, AttributionKind.Pipeline))! with { Amount = 1m };

        // A copy of the current summary is what a keyed read answers with (the amount marks it apart from the rows)...
        await periods.FileAsync(marked, version);
        Assert.Equal(Json(marked), Json(await store.GetAsync(Key, AttributionKind.Pipeline)));

        // ...and a copy of any other version is passed over for the touch rows.
        await periods.FileAsync(marked, "an-older-version");
        Assert.Equal(stored, Json(await store.GetAsync(Key, AttributionKind.Pipeline)));
        await periods.FileAsync(marked, version: null);
        Assert.Equal(stored, Json(await store.GetAsync(Key, AttributionKind.Pipeline)));
    }

    private const string Key = "opp-1";

    private static async Task<int[]> MonthsFiledAsync(CascadeStorage storage)
    {
        var rows = storage.Table(StorageNames.AttributionPeriodsTable).QueryAsync<TableEntity>(e => e.RowKey == Key);
        var months = new List<int>();
        await foreach (var row in rows)
        {
            months.Add(int.Parse(row.PartitionKey[^2..], System.Globalization.CultureInfo.InvariantCulture));
        }

        return months.Order().ToArray();
    }

    private static async Task<string?> StalePeriodsAsync(CascadeStorage storage)
    {
        var summary = await storage.Table(StorageNames.AttributionTable).GetEntityAsync<TableEntity>(Key, "pipeline");
        return summary.Value.GetString("StalePeriods") is { Length: > 0 } named ? named : null;
    }

    private static string Json(AttributionRecord? record) => JsonSerializer.Serialize(record);
}
