using System.Text.Json;
using Cascade.App.Reads;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Tests.Reads;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class SourcingReportQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetAsync_SourcingWindow_MatchesScenarioA()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var expected = Scenario.A.Expected.GetProperty("sourcing");

        var result = await workspace.Sourcing.GetAsync(SeededWorkspace.Query(
            ("from", Scenario.A.SourcingFrom.ToString("O")), ("to", Scenario.A.SourcingTo.ToString("O"))));

        var view = result.Value!;
        Assert.Equal(Figure(expected.GetProperty("marketingSourced")), view.MarketingSourced);
        Assert.Equal(Figure(expected.GetProperty("salesSourced")), view.SalesSourced);
        Assert.Equal(Figure(expected.GetProperty("unattributed")), view.Unattributed);
        Assert.Equal(Figure(expected.GetProperty("marketingInfluenced")), view.MarketingInfluenced);
        Assert.Equal(view.MarketingSourced.Count + view.SalesSourced.Count, view.ByChannel.Sum(r => r.Sourced.Count));
        Assert.Equal(view.MarketingSourced.Amount + view.SalesSourced.Amount, view.ByChannel.Sum(r => r.Sourced.Amount));
    }

    [Fact]
    public async Task GetAsync_SourcingWindow_EqualsTheWholeStoreComputation()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var analysis = await workspace.Host.Get<IWorkspaceReader>().AnalyzeAsync(SeededWorkspace.Now);
        var expected = analysis.Sourcing(Scenario.A.SourcingFrom, Scenario.A.SourcingTo);

        var view = (await workspace.Sourcing.GetAsync(SeededWorkspace.Query(
            ("from", Scenario.A.SourcingFrom.ToString("O")), ("to", Scenario.A.SourcingTo.ToString("O"))))).Value!;

        Assert.Equal((expected.MarketingSourced.Count, expected.MarketingSourced.Amount), (view.MarketingSourced.Count, view.MarketingSourced.Amount));
        Assert.Equal((expected.SalesSourced.Count, expected.SalesSourced.Amount), (view.SalesSourced.Count, view.SalesSourced.Amount));
        Assert.Equal((expected.Unattributed.Count, expected.Unattributed.Amount), (view.Unattributed.Count, view.Unattributed.Amount));
        Assert.Equal((expected.MarketingInfluenced.Count, expected.MarketingInfluenced.Amount), (view.MarketingInfluenced.Count, view.MarketingInfluenced.Amount));
        Assert.Equal(
            expected.ByChannel.Concat(expected.ByCampaign).Select(r => (r.Key, r.Sourced.Count, r.Sourced.Amount, r.Influenced.Count, r.Influenced.Amount)),
            view.ByChannel.Concat(view.ByCampaign).Select(r => (r.Key, r.Sourced.Count, r.Sourced.Amount, r.Influenced.Count, r.Influenced.Amount)));
    }

    [Fact]
    public async Task GetAsync_BadDate_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Sourcing.GetAsync(SeededWorkspace.Query(("to", "2026-13-01")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["to"], result.Errors.ToDictionary().Keys);
    }

    private static SourcingFigureView Figure(JsonElement e) => new(e.GetProperty("count").GetInt32(), e.GetProperty("amount").GetDecimal());
}
