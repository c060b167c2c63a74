using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class FunnelQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task GetAsync_WholeScenario_CountsEntriesAndCloses()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var people = Scenario.A.Touchpoints.Where(t => t.Email is not null).Select(t => t.Email!.Value.Value).Distinct().Count();

        var result = await workspace.Funnel.GetAsync(SeededWorkspace.Query(("from", "2020-01-01"), ("to", "2030-01-01")));

        var view = result.Value!;
        Assert.Equal(people, view.Stages.Single(s => s.Stage == "known").Entered);
        Assert.Equal(12, view.Stages.Count);
        Assert.Equal(["known", "mql", "sal", "sql", "opportunity"], view.Conversions.Select(c => c.From));
        Assert.True(view.Won > 0);
        Assert.Equal((decimal)view.Won / (view.Won + view.Lost), view.WinRate);
        Assert.NotNull(view.Velocity.PerDay);
    }

    [Fact]
    public async Task GetAsync_BadFrom_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Funnel.GetAsync(SeededWorkspace.Query(("from", "soon")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["from"], result.Errors.ToDictionary().Keys);
    }
}
