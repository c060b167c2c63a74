using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage;
using Cascade.Storage.Attribution;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Attribution;

[Collection(StorageCollection.Name)]
public sealed class MarkovSharesStoreTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset At = new(2026, 4, 2, 3, 0, 0, TimeSpan.Zero);

    private static readonly MarkovShares Shares = MarkovShares.FromRemovalEffects(
        new Dictionary<string, double> { ["paid_search"] = 0.7, ["email"] = 0.3, ["webinar"] = 0.1, ["direct"] = 0 });

    [Fact]
    public async Task GetAsync_FreshWorkspace_IsNull() =>
        Assert.Null(await new MarkovSharesStore(await azurite.CreateStorageAsync()).GetAsync());

    [Fact]
    public async Task SaveAsync_Fit_RoundTripsEveryShareExactly()
    {
        var store = new MarkovSharesStore(await azurite.CreateStorageAsync());

        Assert.True(await store.SaveAsync(new MarkovFit(Shares, At)));
        var stored = await store.GetAsync();

        Assert.NotNull(stored);
        Assert.Equal(At, stored.FittedAt);
        Assert.Equal(Shares.Shares.OrderBy(s => s.Key, StringComparer.Ordinal), stored.Shares.Shares.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task SaveAsync_EmptyFit_RoundTrips()
    {
        var store = new MarkovSharesStore(await azurite.CreateStorageAsync());

        await store.SaveAsync(new MarkovFit(MarkovShares.Empty, At));

        Assert.Empty((await store.GetAsync())!.Shares.Shares);
    }

    [Fact]
    public async Task SaveAsync_OlderFitAfterANewerOne_KeepsTheNewer()
    {
        var store = new MarkovSharesStore(await azurite.CreateStorageAsync());
        var newer = new MarkovFit(Shares, At);

        await store.SaveAsync(newer);
        var saved = await store.SaveAsync(new MarkovFit(MarkovShares.Empty, At.AddHours(-1)));

        Assert.False(saved);
        Assert.Equal(At, (await store.GetAsync())!.FittedAt);
        Assert.True(await store.SaveAsync(new MarkovFit(MarkovShares.Empty, At.AddDays(1))));
        Assert.Empty((await store.GetAsync())!.Shares.Shares);
    }

    [Fact]
    public async Task GetAsync_FitSavedUnderTheRetiredRemovalRule_IsIgnored()
    {
        var storage = await azurite.CreateStorageAsync();
        var table = storage.Table(StorageNames.AttributionTable);
        await table.CreateIfNotExistsAsync();
        await table.AddEntityAsync(new MarkovSharesEntity
        {
            PartitionKey = MarkovSharesStore.Partition, RowKey = "latest", Shares = """{"email":1}""", FittedAt = At,
        });

        Assert.Null(await new MarkovSharesStore(storage).GetAsync());
    }

    [Fact]
    public async Task SaveAsync_OpportunityNamedLikeThePartition_KeepsBothApart()
    {
        var storage = await azurite.CreateStorageAsync();
        var markov = new MarkovSharesStore(storage);
        var attributions = new AttributionStore(storage);

        await markov.SaveAsync(new MarkovFit(Shares, At));
        await attributions.SaveAsync(Attribution(MarkovSharesStore.Partition), At);

        Assert.Equal(Shares.Shares.Count, (await markov.GetAsync())!.Shares.Shares.Count);
        Assert.Equal(MarkovSharesStore.Partition, (await attributions.GetAsync(MarkovSharesStore.Partition, AttributionKind.Pipeline))!.OpportunityId);
    }

    private static OpportunityAttribution Attribution(string opportunityId)
    {
        var ana = EmailAddress.Parse("ana@acme.io");
        var opportunity = new Opportunity
        {
            OpportunityId = opportunityId, Amount = 100m, CloseDate = new DateOnly(2026, 6, 30), Status = OpportunityStatus.Open,
            CreatedAt = At, UpdatedAt = At, ContactEmails = [ana],
        };
        var journey = Journey.Build(opportunity, AttributionKind.Pipeline, [Touchpoint.Create("t1", At.AddDays(-1), "page_view", ana)], LeadMilestoneFacts.None);
        return OpportunityAttribution.Compute(journey.Journey!, opportunity.Amount, Shares);
    }
}
