using System.Text.Json;
using Azure.Data.Tables;
using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage;
using Cascade.Storage.Attribution;
using Cascade.Storage.Tables;
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
    private static readonly EmailAddress Ana = EmailAddress.Parse("ana@acme.io");

    [Fact]
    public async Task ListAsync_CopiesBareRowsAndMovedDeals_GiveEachStoredAttributionOnceInItsPeriod()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);
        await store.SaveAsync(Compute("copied", Year.AddMonths(1)), Year);
        await store.SaveAsync(Compute("bare", Year.AddMonths(1).AddDays(5)), Year);
        await store.SaveAsync(Compute("moved", Year.AddMonths(2)), Year);
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

    private static OpportunityAttribution Compute(string id, DateTimeOffset created)
    {
        var opportunity = new Opportunity
        {
            OpportunityId = id,
            Amount = 5_000m,
            CloseDate = DateOnly.FromDateTime(created.AddMonths(3).UtcDateTime),
            Status = OpportunityStatus.Open,
            CreatedAt = created,
            UpdatedAt = created,
            ContactEmails = [Ana],
        };
        var journey = Enumerable.Range(0, 4)
            .Select(i => Touchpoint.Create($"{id}-{i}", created.AddDays(-4 + i), i % 2 == 0 ? "page_view" : "sales_call", Ana, campaign: "c" + i))
            .ToList();
        var built = Journey.Build(opportunity, AttributionKind.Pipeline, journey, LeadMilestoneFacts.Create([$"{id}-0"], []));
        return OpportunityAttribution.Compute(built.Journey!, opportunity.Amount, MarkovShares.Empty);
    }
}
