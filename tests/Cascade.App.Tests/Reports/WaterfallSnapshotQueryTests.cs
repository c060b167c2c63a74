using Cascade.App.Reads;
using Cascade.App.Tests.Reads;
using Cascade.Domain.Pipeline;
using Cascade.Testing.Scenarios;
using Cascade.Testing.Storage;

namespace Cascade.App.Tests.Reports;

[Collection(ReadsCollection.Name)]
public sealed class WaterfallSnapshotQueryTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task TakeAsync_ThenGetAsync_RoundTripsTheWaterfall()
    {
        var workspace = await SeededWorkspace.CreateAsync(azurite);

        var taken = await workspace.SnapshotQuery.TakeAsync("2026-Q2");
        var stored = await workspace.SnapshotQuery.GetAsync("2026-Q2");

        Assert.True(stored.IsFound);
        Assert.Equal(SeededWorkspace.Now, stored.Value!.TakenAt);
        Assert.Equal(taken.Value! with { ByCloseQuarter = [] }, stored.Value with { ByCloseQuarter = [] });
        Assert.Equal(taken.Value.ByCloseQuarter, stored.Value.ByCloseQuarter);
        WaterfallQueryTests.AssertMatches(Scenario.A.Expected.GetProperty("waterfall").GetProperty("2026-Q2"), stored.Value);
    }

    [Fact]
    public async Task TakeAsync_Twice_ReplacesTheSnapshot()
    {
        var workspace = await SeededWorkspace.CreateAsync(azurite);
        var earlier = SeededWorkspace.Now.AddDays(-30);
        await workspace.SnapshotJob.TakeAsync(Quarter.Parse("2026-Q1"), earlier);

        await workspace.SnapshotQuery.TakeAsync("2026-Q1");
        var stored = await workspace.SnapshotQuery.GetAsync("2026-Q1");

        Assert.Equal(SeededWorkspace.Now, stored.Value!.TakenAt);
    }

    [Fact]
    public async Task RunAsync_FirstMinutesOfAQuarter_SnapshotsTheQuarterThatEnded()
    {
        var workspace = await SeededWorkspace.CreateAsync(azurite);
        var timer = new DateTimeOffset(2026, 7, 1, 0, 5, 0, TimeSpan.Zero);

        var snapshot = await workspace.SnapshotJob.RunAsync(timer);
        var stored = await workspace.SnapshotQuery.GetAsync("2026-Q2");

        Assert.Equal("2026-Q2", snapshot.Waterfall.Quarter.ToString());
        Assert.Equal(timer, stored.Value!.TakenAt);
        WaterfallQueryTests.AssertMatches(Scenario.A.Expected.GetProperty("waterfall").GetProperty("2026-Q2"), stored.Value);
    }

    [Fact]
    public async Task GetAsync_NoSnapshot_IsNotFound()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.SnapshotQuery.GetAsync("2019-Q3");

        Assert.Equal(ReadOutcome.NotFound, result.Outcome);
    }

    [Fact]
    public async Task TakeAsync_BadQuarter_NamesTheParameter()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.SnapshotQuery.TakeAsync("2026-Q9");

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["quarter"], result.Errors.ToDictionary().Keys);
    }
}
