using Microsoft.Extensions.Time.Testing;
using Cascade.App.Attribution;
using Cascade.App.Ingestion;
using Cascade.App.Reads;
using Cascade.App.Reports.Undocumented;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Pipeline;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Reports;

[Collection(PipelineCollection.Name)]
public sealed class UndocumentedQueryTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset Created = new(2026, 1, 10, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task GetAsync_DealWithoutAmount_IsListedAndOutOfTheWaterfallUntilDocumented()
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));
        var undocumented = Version(0) with { Amount = 0, Missing = OpportunityMissingFields.Amount };
        await host.Get<OpportunityIngestion>().AcceptAsync([undocumented, Version(0) with { OpportunityId = "other" }]);
        await host.DrainAsync();

        var listed = Assert.Single((await host.Get<UndocumentedQuery>().GetAsync()).Value!);
        var before = (await host.Get<WaterfallQuery>().GetAsync("2026-Q1")).Value!;

        Assert.Equal(("u1", "Undocumented deal", 50), (listed.OpportunityId, listed.Name, listed.AgeDays));
        Assert.Equal(["amount"], listed.Missing);
        Assert.Equal((1, 1000m), (before.Counts.New, before.New));
        var unattributed = await host.Get<OpportunityAttributionQuery>().GetAsync("u1", new Dictionary<string, string?>());
        Assert.Equal(ReadOutcome.Conflict, unattributed.Outcome);
        Assert.Equal(ReadOutcome.NotFound, (await host.Get<OpportunityAttributionQuery>().GetAsync("nobody", new Dictionary<string, string?>())).Outcome);

        // Documented 20 days after creation (delivered twice): new pipeline then, and off the list.
        await host.Get<OpportunityIngestion>().AcceptAsync([Version(20) with { Amount = 2500m }]);
        await host.DrainAsync(deliverTwice: true);

        var after = (await host.Get<WaterfallQuery>().GetAsync("2026-Q1")).Value!;
        Assert.Empty((await host.Get<UndocumentedQuery>().GetAsync()).Value!);
        Assert.Equal((2, 3500m), (after.Counts.New, after.New));
        Assert.Equal(Created.AddDays(20), (await host.Get<Storage.Opportunities.OpportunityStore>().HistoryAsync("u1"))!.Created!.CreatedAt);
    }

    private static Opportunity Version(int day) => new()
    {
        OpportunityId = "u1",
        Name = "Undocumented deal",
        Amount = 1000m,
        CloseDate = new DateOnly(2026, 6, 30),
        Status = OpportunityStatus.Open,
        Stage = "qualification",
        CreatedAt = Created,
        UpdatedAt = Created.AddDays(day),
    };
}
