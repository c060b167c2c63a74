using Microsoft.Extensions.Time.Testing;
using System.Text;
using Cascade.App.Configuration;
using Cascade.App.Reads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Spend;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Spend;
using Cascade.Storage.Touchpoints;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;
using CsCheck;
using Microsoft.Extensions.Options;

namespace Cascade.App.Tests.Spend;

[Collection(ReadsCollection.Name)]
public sealed class RoiReportQueryTests(AzuriteFixture azurite)
{
    private const string From = "2025-10-01";
    private const string To = "2026-10-01";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static Workspace? _shared;

    public static TheoryData<string, string, string> Reports()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var model in AttributionModels.All)
        {
            foreach (var kind in new[] { "pipeline", "revenue" })
            {
                foreach (var groupBy in new[] { "channel", "campaign" })
                {
                    data.Add(model.ToWireName(), kind, groupBy);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task GetAsync_EveryModel_CreditsWhatTheAttributionReportCredits(string model, string kind, string groupBy)
    {
        var workspace = await SharedAsync();
        var query = Query(model, kind, groupBy, From, To);

        var roi = (await workspace.Roi.GetAsync(query)).Value!;
        var attribution = (await workspace.Attribution.GetAsync(query)).Value!;

        Assert.Equal((model, kind, groupBy), (roi.Model, roi.Kind, roi.GroupBy));
        Assert.Equal(attribution.Total.Amount, roi.Total.Amount);
        Assert.Equal(attribution.Total.Opportunities, roi.Total.Opportunities);
        foreach (var row in attribution.Rows)
        {
            var mine = roi.Rows.Single(r => r.Key == row.Key);
            Assert.Equal((row.Opportunities, row.Amount), (mine.Opportunities, mine.Amount));
        }

        Assert.All(roi.Rows.Where(r => attribution.Rows.All(a => a.Key != r.Key)), r => Assert.Equal(0m, r.Amount));
    }

    [Fact]
    public async Task GetAsync_SpendOnAChannel_GivesCostsToTheCentAndRoiToFourDecimals()
    {
        var workspace = await CreateAsync();
        var query = Query("w_shaped", "pipeline", "channel", From, To);
        var channel = (await workspace.Roi.GetAsync(query)).Value!.Rows.First(r => r.Leads > 0 && r.Amount > 0).Key;
        await workspace.Upload.AcceptAsync(
            Csv($"2025-10,{channel},,1000.00,EUR", $"2025-11,{channel},brand,333.33,EUR", $"2026-09,{channel},,0.01,EUR", "2026-10,tv,,5,EUR"), SpendFormat.Csv);

        var roi = (await workspace.Roi.GetAsync(query)).Value!;

        var row = roi.Rows.Single(r => r.Key == channel);
        Assert.Equal(1333.34m, row.Spend);
        Assert.Equal(decimal.Round(1333.34m / row.Leads, 2, MidpointRounding.ToEven), row.CostPerLead);
        Assert.Equal(row.Mqls == 0 ? null : decimal.Round(1333.34m / row.Mqls, 2, MidpointRounding.ToEven), row.CostPerMql);
        Assert.Equal(decimal.Round(1333.34m / decimal.Round((decimal)row.Opportunities, 12), 2, MidpointRounding.ToEven), row.CostPerOpportunity);
        Assert.Equal(decimal.Round(row.Amount / 1333.34m, 4, MidpointRounding.ToEven), row.Roi);
        Assert.All(roi.Rows.Where(r => r.Key != channel), r => Assert.Null(r.Roi));
        Assert.Equal(1333.34m, roi.Total.Spend);
    }

    [Fact]
    public async Task GetAsync_Leads_CountEachPersonOnceOnTheirLeadCreationTouch()
    {
        var workspace = await SharedAsync();

        var roi = (await workspace.Roi.GetAsync(Query("linear", "pipeline", "channel", "2020-01-01", "2030-01-01"))).Value!;

        Assert.InRange(roi.Total.Leads, 1, Scenario.A.Touchpoints.Where(t => t.Email is not null).Select(t => t.Email).Distinct().Count());
        Assert.InRange(roi.Total.Mqls, 0, roi.Total.Leads);
        Assert.Equal(roi.Total.Leads, roi.Rows.Sum(r => r.Leads));
    }

    [Theory]
    [InlineData("groupBy", "origin", "groupBy")]
    [InlineData("from", "2025-10-15", "from")]
    [InlineData("to", "2026-10-01T12:00:00Z", "to")]
    [InlineData("model", "nine_touch", "model")]
    public async Task GetAsync_BadParameter_IsRefused(string name, string value, string error)
    {
        var workspace = await SharedAsync();
        var query = new Dictionary<string, string?>(Query("linear", "pipeline", "channel", From, To)) { [name] = value };

        var result = await workspace.Roi.GetAsync(query);

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal([error], result.Errors.ToDictionary().Keys);
    }

    [Fact]
    public async Task GetAsync_Property_RowsSumToTheTotalAndCreditMatchesTheAttributionReport()
    {
        var workspace = await CreateAsync();
        var models = AttributionModels.All.Select(m => m.ToWireName()).ToArray();
        var cases = Gen.Select(
            Gen.Int[0, models.Length - 1].Select(i => models[i]),
            Gen.Bool.Select(b => b ? "revenue" : "pipeline"),
            Gen.Bool.Select(b => b ? "campaign" : "channel"),
            Gen.Int[0, 11],
            Gen.Int[1, 12],
            Gen.Select(Gen.Int[0, 11], Gen.Int[0, 4], Gen.Int[0, 2], Gen.Long[0, 10_000_000]).Array[1, 20]);

        await cases.SampleAsync(
            async t =>
            {
                var (model, kind, groupBy, start, length, cells) = t;
                string[] channels = ["paid_search", "email", "event", "webinar", "tv"];
                string[] campaigns = ["", "brand", "launch"];
                await workspace.Upload.AcceptAsync(
                    Csv(cells.Select(c => $"{Month(c.Item1)},{channels[c.Item2]},{campaigns[c.Item3]},{c.Item4 / 100m},EUR").ToArray()),
                    SpendFormat.Csv);
                var from = Month(start) + "-01";
                var to = Month(start + length) + "-01";
                var query = Query(model, kind, groupBy, from, to);

                var roi = (await workspace.Roi.GetAsync(query)).Value!;
                var attribution = (await workspace.Attribution.GetAsync(query)).Value!;
                var spend = (await workspace.Spend.GetAsync(Query(model, kind, groupBy, from, to))).Value!;

                Assert.Equal(roi.Total.Spend, roi.Rows.Sum(r => r.Spend));
                Assert.Equal(spend.Total, roi.Total.Spend);
                Assert.Equal(attribution.Total.Amount, roi.Total.Amount);
                Assert.Equal(attribution.Total.Amount, roi.Rows.Sum(r => r.Amount));
                foreach (var row in attribution.Rows)
                {
                    var mine = roi.Rows.Single(r => r.Key == row.Key);
                    Assert.Equal((row.Opportunities, row.Amount), (mine.Opportunities, mine.Amount));
                }
            },
            iter: 12,
            threads: 1);
    }

    private static string Month(int offset) => new DateTime(2025, 10, 1).AddMonths(offset).ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Csv(params string[] rows) =>
        Encoding.UTF8.GetBytes("month,channel,campaign,amount,currency\n" + string.Join("\n", rows) + "\n");

    private static Dictionary<string, string?> Query(string model, string kind, string groupBy, string from, string to) =>
        new(StringComparer.Ordinal) { ["model"] = model, ["kind"] = kind, ["groupBy"] = groupBy, ["from"] = from, ["to"] = to };

    private async Task<Workspace> SharedAsync()
    {
        await Gate.WaitAsync();
        try
        {
            return _shared ??= await CreateAsync();
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Scenario A in a storage of its own, through the pipeline, with the spend queries over the same storage.</summary>
    private async Task<Workspace> CreateAsync()
    {
        var seeded = await SeededWorkspace.CreateAsync(azurite, seed: 11);
        return new Workspace(
            seeded.AttributionReport,
            seeded.Host.Get<RoiReportQuery>(),
            seeded.Host.Get<SpendUpload>(),
            seeded.Host.Get<SpendQuery>());
    }

    private sealed record Workspace(AttributionReportQuery Attribution, RoiReportQuery Roi, SpendUpload Upload, SpendQuery Spend);
}
