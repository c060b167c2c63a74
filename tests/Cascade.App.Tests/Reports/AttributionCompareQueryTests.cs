using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Attribution;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class AttributionCompareQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetAsync_ScenarioA_GivesEveryModelThePipelineTotal()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var total = Scenario.A.Expected.GetProperty("pipeline").EnumerateObject().Sum(o => o.Value.GetProperty("amount").GetDecimal());

        var result = await workspace.Compare.GetAsync(SeededWorkspace.Query(
            ("from", Scenario.A.SourcingFrom.ToString("O")), ("to", Scenario.A.SourcingTo.ToString("O")), ("groupBy", "origin")));

        var view = result.Value!;
        Assert.Equal(AttributionModels.All.Select(m => m.ToWireName()), view.Models);
        Assert.All(view.Models, m => Assert.Equal(total, view.Totals[m].Amount));
        Assert.All(view.Models, m => Assert.Equal(total, view.Rows.Sum(r => r.ByModel[m].Amount)));
        Assert.All(view.Rows, r => Assert.Equal(view.Models.Order(), r.ByModel.Keys.Order()));
        Assert.Equal(["marketing", "sales"], view.Rows.Select(r => r.Key));
    }

    [Fact]
    public async Task GetAsync_FromAfterTo_IsAnErrorOnTo()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Compare.GetAsync(SeededWorkspace.Query(("from", "2026-06-01"), ("to", "2026-01-01")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["to"], result.Errors.ToDictionary().Keys);
    }
}
