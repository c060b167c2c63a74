using Cascade.App.Ingestion;
using Cascade.App.Reads;
using Cascade.App.Reports.Pipeline;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Attribution;
using Cascade.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Cascade.App.Tests.Attribution;

/// <summary>
/// An opportunity's type through the queues: sent by the CRM or derived from the account's won deals, kept with the
/// attribution whatever order the deals arrive in, and selected by the reports' <c>?type=</c>.
/// </summary>
[Collection(PipelineCollection.Name)]
public sealed class OpportunityTypeTests(AzuriteFixture azurite)
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.example");

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Attribution_UpsellAfterAWin_IsExpansionInEitherArrivalOrder(bool winFirst)
    {
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(T0.AddDays(80))));
        await host.Get<TouchpointIngestion>().AcceptAsync([Touchpoint.Create("b-1", T0, TouchpointTypes.FormFill, Bob, channel: "email")]);
        var first = Deal("first", T0.AddDays(1), 10_000m);
        var won = first with { Status = OpportunityStatus.Won, ClosedAt = T0.AddDays(20), UpdatedAt = T0.AddDays(20) };
        var upsell = Deal("upsell", T0.AddDays(30), 4_000m);
        var renewal = Deal("renewal", T0.AddDays(40), 9_000m) with { Type = OpportunityType.Renewal };
        Opportunity[][] batches = winFirst ? [[first, won], [upsell, renewal]] : [[upsell, renewal], [first, won]];
        foreach (var batch in batches)
        {
            await host.Get<OpportunityIngestion>().AcceptAsync(batch);
            await host.DrainAsync();
        }

        var store = host.Get<AttributionStore>();
        Assert.Equal(OpportunityType.NewBusiness, (await store.GetAsync("first", AttributionKind.Pipeline))!.Type);
        Assert.Equal(OpportunityType.Expansion, (await store.GetAsync("upsell", AttributionKind.Pipeline))!.Type);
        Assert.Equal(OpportunityType.Renewal, (await store.GetAsync("renewal", AttributionKind.Pipeline))!.Type);

        var sourcing = host.Get<SourcingReportQuery>();
        Assert.Equal(4_000m, Total(await sourcing.GetAsync(Query("expansion"))));
        Assert.Equal(10_000m, Total(await sourcing.GetAsync(Query("new_business"))));
        Assert.Equal(23_000m, Total(await sourcing.GetAsync(Query(null))));

        // The reports built on histories keep the same types: the Q1 waterfall and the pipeline at the quarter's end.
        var waterfall = host.Get<WaterfallQuery>();
        async Task<(decimal New, decimal Won)> Waterfall(string? type)
        {
            var view = (await waterfall.GetAsync("2026-Q1", new Dictionary<string, string?> { ["type"] = type })).Value!;
            return (view.New, view.ClosedWon);
        }

        Assert.Equal((4_000m, 0m), await Waterfall("expansion"));
        Assert.Equal((10_000m, 10_000m), await Waterfall("new_business"));
        Assert.Equal((23_000m, 10_000m), await Waterfall(null));
        var pipeline = host.Get<PipelineQuery>();
        var renewals = (await pipeline.GetAsync(new Dictionary<string, string?> { ["asOf"] = "2026-03-31", ["type"] = "renewal" })).Value!;
        Assert.Equal((1, 9_000m), (renewals.Total.Count, renewals.Total.Amount));
        Assert.Equal(ReadOutcome.Invalid, (await waterfall.GetAsync("2026-Q1", new Dictionary<string, string?> { ["type"] = "upsell" })).Outcome);
    }

    [Fact]
    public async Task Sourcing_UnknownType_IsRefusedNamingTheParameter()
    {
        await using var host = await PipelineHost.StartAsync(azurite);

        var result = await host.Get<SourcingReportQuery>().GetAsync(Query("upsell"));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.True(result.Errors!.ToDictionary().ContainsKey("type"));
    }

    private static Dictionary<string, string?> Query(string? type) => new()
    {
        ["from"] = "2026-01-01",
        ["to"] = "2026-04-01",
        ["type"] = type,
    };

    private static decimal Total(ReadResult<SourcingReportView> result)
    {
        var view = result.Value!;
        return view.MarketingSourced.Amount + view.SalesSourced.Amount + view.Unattributed.Amount;
    }

    private static Opportunity Deal(string id, DateTimeOffset createdAt, decimal amount) => new()
    {
        OpportunityId = id,
        AccountDomain = "acme.example",
        ContactEmails = [Bob],
        Amount = amount,
        CloseDate = new DateOnly(2026, 6, 30),
        Status = OpportunityStatus.Open,
        CreatedAt = createdAt,
        UpdatedAt = createdAt,
    };
}
