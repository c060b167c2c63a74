using System.Globalization;
using Cascade.App.Ingestion;
using Cascade.App.Reads;
using Cascade.App.Reports.Funnel;
using Cascade.App.Tests.Pipeline;
using Cascade.Domain.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Cascade.Domain.Attribution;
using Cascade.Domain.Funnel;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Workspace;
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

    [Theory]
    [InlineData("2020-01-01", "2030-01-01", null)]
    [InlineData("2026-01-01", "2026-02-01", "channel")]
    [InlineData("2026-02-01", "2026-04-01", "campaign")]
    public async Task GetAsync_FromThePeriodIndex_EqualsTheWholeStoreComputation(string from, string to, string? groupBy)
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);
        var analysis = await workspace.Host.Get<IWorkspaceReader>().AnalyzeAsync(SeededWorkspace.Now);
        var grouping = groupBy is null ? (AttributionGroupBy?)null : Enum.Parse<AttributionGroupBy>(groupBy, ignoreCase: true);
        var expected = FunnelMetrics.Compute(
            DateTimeOffset.Parse(from, CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(to, CultureInfo.InvariantCulture),
            FunnelLeads.From(analysis),
            analysis.Opportunities.Select(h => FunnelOpportunity.From(h.Current!)),
            grouping);

        var view = (await workspace.Funnel.GetAsync(SeededWorkspace.Query(("from", from), ("to", to), ("groupBy", groupBy)))).Value!;

        Assert.Equal(expected.Entered.OrderBy(e => e.Key).Select(e => (e.Key.ToName(), e.Value)), view.Stages.Select(s => (s.Stage, s.Entered)));
        Assert.Equal(expected.TimeInStage.Select(d => (d.Completed, d.Median?.TotalDays)), view.Stages.Select(s => (s.CompletedStays, s.MedianDaysInStage)));
        Assert.Equal(expected.Conversions.Select(c => (c.Entered, c.Converted)), view.Conversions.Select(c => (c.Entered, c.Converted)));
        Assert.Equal(expected.MedianHoursMqlToFirstSalesTouch, view.MedianHoursMqlToFirstSalesTouch);
        Assert.Equal((expected.Won, expected.Lost, expected.AverageWonAmount), (view.Won, view.Lost, view.AverageWonAmount));
        Assert.Equal(
            expected.Groups.Select(g => (g.Key, g.Entered.Sum(e => e.Value), g.MedianHoursMqlToFirstSalesTouch)),
            view.Groups.Select(g => (g.Key, g.Stages.Sum(s => s.Entered), g.MedianHoursMqlToFirstSalesTouch)));
        Assert.True(groupBy is null || view.Groups.Count > 1, "the scenario's people come from several lead sources");
    }

    [Fact]
    public async Task GetAsync_DealOpenThroughThePeriodWithoutAChangeInIt_CountsAsWorked()
    {
        var q1 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        await using var host = await PipelineHost.StartAsync(azurite, s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(q1.AddMonths(6))));
        Opportunity Deal(string id, OpportunityStatus status, DateTimeOffset updated) => new()
        {
            OpportunityId = id,
            Amount = 50_000m,
            CloseDate = new DateOnly(2029, 6, 30),
            Status = status,
            CreatedAt = q1.AddYears(-1),
            ClosedAt = status == OpportunityStatus.Open ? null : updated,
            UpdatedAt = updated,
        };
        // Created a year before the period, closing years after it, no version in it: no quarter of the period lists it.
        await host.Get<OpportunityIngestion>().AcceptAsync(
            [Deal("long-haul", OpportunityStatus.Open, q1.AddYears(-1)), Deal("lost-before", OpportunityStatus.Lost, q1.AddMonths(-6)), Deal("lost-before", OpportunityStatus.Open, q1.AddYears(-1))]);
        await host.DrainAsync();

        var view = (await host.Get<FunnelQuery>().GetAsync(SeededWorkspace.Query(("from", "2026-01-01"), ("to", "2026-04-01")))).Value!;

        Assert.Equal((1, 50_000m), (view.Velocity.Opportunities, view.Velocity.AverageAmount));
        Assert.Equal(0, view.Lost);
    }

    [Fact]
    public async Task GetAsync_GroupByOrigin_IsRefused()
    {
        var workspace = await SeededWorkspace.SharedAsync(azurite);

        var result = await workspace.Funnel.GetAsync(SeededWorkspace.Query(("groupBy", "origin")));

        Assert.Equal(ReadOutcome.Invalid, result.Outcome);
        Assert.Equal(["groupBy"], result.Errors.ToDictionary().Keys);
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
