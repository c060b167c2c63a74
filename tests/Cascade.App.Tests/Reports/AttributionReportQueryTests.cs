using Cascade.App.Reads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class AttributionReportQueryTests(AzuriteFixture azurite)
{
    private static readonly string From = Scenario.A.SourcingFrom.ToString("O");
    private static readonly string To = Scenario.A.SourcingTo.ToString("O");

    public static TheoryData<string, string> Reports()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in AttributionModels.All)
        {
            foreach (var groupBy in new[] { "channel", "campaign", "origin", "type" })
            {
                data.Add(model.ToWireName(), groupBy);
            }
        }

        return data;
    }

    [Theory]
    [InlineData("pipeline")]
    [InlineData("revenue")]
    public async Task GetAsync_EveryModelAndGrouping_EqualsTheWholeStoreComputation(string kind)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var analysis = await workspace.Host.Get<IWorkspaceReader>().AnalyzeAsync(SeededWorkspace.Now);
        var attributionKind = kind == "revenue" ? AttributionKind.Revenue : AttributionKind.Pipeline;
        var selected = AttributionSelection.In(analysis, attributionKind, new ReportPeriod(Scenario.A.SourcingFrom, Scenario.A.SourcingTo));
        Assert.NotEmpty(selected);

        foreach (var (model, groupBy) in Reports().Select(r => ((string)r[0], (string)r[1])))
        {
            Assert.True(AttributionModels.TryParse(model, out var parsed));
            var grouping = Enum.Parse<AttributionGroupBy>(groupBy, ignoreCase: true);
            var expected = AttributionReport.Build(selected, parsed, attributionKind, grouping);

            var view = (await workspace.AttributionReport.GetAsync(
                SeededWorkspace.Query(("model", model), ("kind", kind), ("groupBy", groupBy), ("from", From), ("to", To)))).Value!;

            Assert.Equal(expected.Rows.Select(r => (r.Key, r.Opportunities, r.Amount)), view.Rows.Select(r => (r.Key, r.Opportunities, r.Amount)));
            Assert.Equal((expected.Total.Opportunities, expected.Total.Amount), (view.Total.Opportunities, view.Total.Amount));
        }
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public async Task GetAsync_Pipeline_TotalsTheAttributedAmount(string model, string groupBy)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var expected = Scenario.A.Expected.GetProperty("pipeline").EnumerateObject().ToList();

        var result = await workspace.AttributionReport.GetAsync(SeededWorkspace.Query(("model", model), ("groupBy", groupBy), ("from", From), ("to", To)));

        Assert.True(result.IsFound);
        var view = result.Value!;
        Assert.Equal((model, "pipeline", groupBy), (view.Model, view.Kind, view.GroupBy));
        Assert.Equal(expected.Sum(o => o.Value.GetProperty("amount").GetDecimal()), view.Total.Amount);
        Assert.Equal(view.Total.Amount, view.Rows.Sum(r => r.Amount));
        Assert.Equal(expected.Count, view.Total.Opportunities, 1e-9);
    }

    [Fact]
    public async Task GetAsync_Revenue_CountsTheWonOpportunities()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var expected = Scenario.A.Expected.GetProperty("revenue").EnumerateObject().ToList();

        var result = await workspace.AttributionReport.GetAsync(
            SeededWorkspace.Query(("model", "w_shaped"), ("kind", "revenue"), ("from", "2020-01-01"), ("to", "2030-01-01")));

        Assert.Equal(expected.Sum(o => o.Value.GetProperty("amount").GetDecimal()), result.Value!.Total.Amount);
        Assert.Equal(expected.Count, result.Value.Total.Opportunities, 1e-9);
    }

    [Fact]
    public async Task GetAsync_PeriodWithoutOpportunities_IsEmpty()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.AttributionReport.GetAsync(SeededWorkspace.Query(("from", "2010-01-01"), ("to", "2010-04-01")));

        Assert.Empty(result.Value!.Rows);
        Assert.Equal(0m, result.Value.Total.Amount);
    }

    [Fact]
    public async Task GetAsync_BadParameters_NamesEveryOne()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.AttributionReport.GetAsync(
            SeededWorkspace.Query(("model", "nine_touch"), ("kind", "x"), ("groupBy", "y"), ("from", "yesterday")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["from", "groupBy", "kind", "model"], result.Errors.ToDictionary().Keys);
    }
}
