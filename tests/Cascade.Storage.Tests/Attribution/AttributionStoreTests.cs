using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Attribution;

using Cascade.Testing.Attribution;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Attribution;

[Collection(StorageCollection.Name)]
public sealed class AttributionStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Created = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_Pipeline_RoundTripsEveryModelsCredits()
    {
        var store = new AttributionStore(await azurite.CreateStorageAsync());
        var attribution = SampleAttributions.Pipeline("opp-1", Created, 120);

        await store.SaveAsync(attribution, Created.AddDays(1));
        var stored = await store.GetAsync("opp-1", AttributionKind.Pipeline);

        Assert.NotNull(stored);
        Assert.Equal((attribution.Amount, attribution.Sourced, attribution.Influenced, Created.AddDays(1)), (stored.Amount, stored.Sourced, stored.Influenced, stored.ComputedAt));
        Assert.Equal(attribution.Journey.Touches.Select(t => t.EventId), stored.Touches.Select(t => t.EventId));
        Assert.Equal(attribution.Journey.Milestones, stored.Touches.Select(t => t.Milestones));
        foreach (var model in attribution.Models)
        {
            Assert.Equal(model.Credits, stored.Touches.Select(t => t.CreditOf(model.Model)));
            Assert.Equal(model.Amounts, stored.Touches.Select(t => t.AmountOf(model.Model)));
        }

        Assert.Null(await store.GetAsync("opp-1", AttributionKind.Revenue));
    }

    [Fact]
    public async Task SaveAsync_ShorterJourneyLater_ReplacesTheLongerOne()
    {
        var storage = await azurite.CreateStorageAsync();
        var store = new AttributionStore(storage);

        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 120), Created);
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), Created.AddDays(1));
        var stored = await store.GetAsync("opp-1", AttributionKind.Pipeline);

        Assert.Equal(["t0002", "t0001", "t0000"], stored!.Touches.Select(t => t.EventId).Reverse());
        // The rows past the new journey keep no touch.
        var rows = storage.Table(StorageNames.AttributionTable).QueryAsync<Azure.Data.Tables.TableEntity>(e => e.PartitionKey == "opp-1");
        await foreach (var row in rows)
        {
            Assert.True(string.CompareOrdinal(row.RowKey, "pipeline:t:00003") < 0 || row.GetString("EventId") is null, row.RowKey);
        }
    }

    [Fact]
    public async Task SummaryAsync_Saved_GivesTypeAndOpenInfluenceWithoutTheTouches()
    {
        var store = new AttributionStore(await azurite.CreateStorageAsync());
        var influenced = Created.AddDays(3);

        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), OpportunityType.Expansion, new OpenInfluenceMark(Created, Created, influenced), Created.AddDays(4));
        var summary = await store.SummaryAsync("opp-1", AttributionKind.Pipeline);
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), type: null, openInfluence: null, Created.AddDays(5));
        var replaced = await store.SummaryAsync("opp-1", AttributionKind.Pipeline);

        Assert.Equal(new AttributionSummary("opp-1", OpportunityType.Expansion, influenced), summary);
        Assert.Equal(new AttributionSummary("opp-1", null, null), replaced);
        Assert.Null(await store.SummaryAsync("opp-1", AttributionKind.Revenue));
    }

    [Fact]
    public async Task LowerOpenInfluenceAsync_EarlierTouchAgainstTheSameDeal_LowersIt_OtherwiseLeavesItOrRefuses()
    {
        var store = new AttributionStore(await azurite.CreateStorageAsync());
        var mark = new OpenInfluenceMark(Created, Created.AddDays(2), Created.AddDays(10));
        Assert.False(await store.LowerOpenInfluenceAsync("opp-1", mark, Created.AddDays(5)));
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), null, mark, Created.AddDays(11));

        Assert.True(await store.LowerOpenInfluenceAsync("opp-1", mark, Created.AddDays(12)));
        Assert.Equal(Created.AddDays(10), (await store.SummaryAsync("opp-1", AttributionKind.Pipeline))!.OpenInfluencedFrom);
        Assert.True(await store.LowerOpenInfluenceAsync("opp-1", mark, Created.AddDays(5)));
        Assert.Equal(Created.AddDays(5), (await store.SummaryAsync("opp-1", AttributionKind.Pipeline))!.OpenInfluencedFrom);
        Assert.False(await store.LowerOpenInfluenceAsync("opp-1", mark with { VersionAt = Created.AddDays(3) }, Created.AddDays(4)));
        Assert.False(await store.LowerOpenInfluenceAsync("opp-1", mark with { CreatedAt = Created.AddDays(1) }, Created.AddDays(4)));
        Assert.Equal(Created.AddDays(5), (await store.SummaryAsync("opp-1", AttributionKind.Pipeline))!.OpenInfluencedFrom);
    }

    [Fact]
    public async Task SaveAsync_WithABasisWrittenSince_LosesTheRaceAndChangesNothing()
    {
        var store = new AttributionStore(await azurite.CreateStorageAsync());
        var mark = new OpenInfluenceMark(Created, Created, Created.AddDays(10));
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), null, mark, Created.AddDays(11));
        var basis = (await store.BasesAsync("opp-1"))[0];
        await store.LowerOpenInfluenceAsync("opp-1", mark, Created.AddDays(4));

        var lost = await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 5), null, mark, Created.AddDays(12), basis));

        Assert.Equal(412, lost.Status);
        Assert.Equal(3, (await store.GetAsync("opp-1", AttributionKind.Pipeline))!.Touches.Count);
        Assert.Equal(Created.AddDays(4), (await store.SummaryAsync("opp-1", AttributionKind.Pipeline))!.OpenInfluencedFrom);
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 5), null, mark, Created.AddDays(12), (await store.BasesAsync("opp-1"))[0]);
        Assert.Equal(5, (await store.GetAsync("opp-1", AttributionKind.Pipeline))!.Touches.Count);
    }

    [Fact]
    public async Task BasesAsync_ReadsBothKindsAtOnce_AndEachGuardsItsOwnRow()
    {
        var store = new AttributionStore(await azurite.CreateStorageAsync());
        var none = await store.BasesAsync("opp-1");
        Assert.Equal([AttributionKind.Pipeline, AttributionKind.Revenue], none.Select(b => b.Kind));
        await store.SaveAsync(SampleAttributions.Revenue("opp-1", Created, 4), Created.AddDays(40));

        // A basis that held no row loses to a row written since (409), and only to that one.
        var lost = await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => store.SaveAsync(SampleAttributions.Revenue("opp-1", Created, 5), null, null, Created.AddDays(41), none[1]));
        Assert.Equal(409, lost.Status);
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 3), null, null, Created.AddDays(41), none[0]);

        var both = await store.BasesAsync("opp-1");
        await store.SaveAsync(SampleAttributions.Revenue("opp-1", Created, 2), Created.AddDays(42));
        lost = await Assert.ThrowsAnyAsync<Azure.RequestFailedException>(() => store.SaveAsync(SampleAttributions.Revenue("opp-1", Created, 6), null, null, Created.AddDays(43), both[1]));
        Assert.Equal(412, lost.Status);
        await store.SaveAsync(SampleAttributions.Pipeline("opp-1", Created, 5), null, null, Created.AddDays(43), both[0]);
        Assert.Equal((5, 2), ((await store.GetAsync("opp-1", AttributionKind.Pipeline))!.Touches.Count, (await store.GetAsync("opp-1", AttributionKind.Revenue))!.Touches.Count));
    }
}
