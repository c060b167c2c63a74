using System.Text.Json;
using Azure.Data.Tables;
using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;
using Cascade.Storage;
using Cascade.Storage.Attribution;
using Cascade.Testing.Attribution;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Attribution;

/// <summary>
/// The period reports' reader: attributions from the copies their months carry, and by key for a month row without a
/// copy (filed before copies were kept) or an opportunity listed under two months.
/// </summary>
[Collection(Cascade.App.Tests.Pipeline.PipelineCollection.Name)]
public sealed class AttributionPeriodReaderTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Year = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListAsync_CopiesBareRowsAndMovedDeals_GiveEachStoredAttributionOnceInItsPeriod()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        await store.SaveAsync(SampleAttributions.Pipeline("copied", Year.AddMonths(1), 4), Year);
        await store.SaveAsync(SampleAttributions.Pipeline("bare", Year.AddMonths(1).AddDays(5), 4), Year);
        await store.SaveAsync(SampleAttributions.Pipeline("moved", Year.AddMonths(2), 4), Year);
        var periods = storage.Table(StorageNames.AttributionPeriodsTable);
        // A row as filed before copies were kept, and a month an opportunity left that still lists it.
        await periods.UpsertEntityAsync(new TableEntity("pipeline:2026-02", "bare") { ["OpportunityId"] = "bare" }, TableUpdateMode.Replace);
        await periods.UpsertEntityAsync(new TableEntity("pipeline:2026-02", "moved") { ["OpportunityId"] = "moved" }, TableUpdateMode.Replace);
        var reader = new AttributionPeriodReader(new AttributionPeriodStore(storage), store, new MarkovSharesStore(storage), WorkspaceSettings.Default);

        var february = await reader.ListAsync(AttributionKind.Pipeline, new ReportPeriod(Year.AddMonths(1), Year.AddMonths(2)));
        var quarter = await reader.ListAsync(AttributionKind.Pipeline, new ReportPeriod(Year, Year.AddMonths(3)));

        Assert.Equal(["bare", "copied"], february.Select(a => a.OpportunityId));
        Assert.Equal(["bare", "copied", "moved"], quarter.Select(a => a.OpportunityId));
        foreach (var attribution in quarter)
        {
            var stored = StoredAttributions.Restore((await store.GetAsync(attribution.OpportunityId, AttributionKind.Pipeline))!, null, WorkspaceSettings.Default.Lookback);
            Assert.Equal(JsonSerializer.Serialize(stored.Models), JsonSerializer.Serialize(attribution.Models));
        }
    }
}
