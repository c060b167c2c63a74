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
    public async Task GetAsync_BadDate_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Sourcing.GetAsync(SeededWorkspace.Query(("to", "2026-13-01")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["to"], result.Errors.ToDictionary().Keys);
    }

    private static SourcingFigureView Figure(JsonElement e) => new(e.GetProperty("count").GetInt32(), e.GetProperty("amount").GetDecimal());
}
