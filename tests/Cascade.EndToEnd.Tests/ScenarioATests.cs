using Cascade.EndToEnd.Tests.Infrastructure;
using Cascade.Testing.Scenarios;

namespace Cascade.EndToEnd.Tests;

/// <summary>Scenario A posted through the API in shuffled, replayed batches gives every expected figure back through the API.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class ScenarioATests(CascadeHost host)
{
    public static TheoryData<string, string> ExpectedAttributions()
    {
        var data = new TheoryData<string, string>();
        foreach (var kind in new[] { "pipeline", "revenue" })
        {
            foreach (var opportunity in Scenario.A.Expected.GetProperty(kind).EnumerateObject())
                data.Add(kind, opportunity.Name);
        }

        return data;
    }

    public static TheoryData<string> Quarters() => [.. Scenario.A.Quarters];

    [Fact]
    public void PostTouchpoints_EveryBatchIsAcceptedOnce_AndItsReplayIsAllDuplicates()
    {
        foreach (var (items, first, replay) in host.ScenarioA.TouchpointPosts)
        {
            Assert.Equal(items, first.GetProperty("accepted").GetInt32());
            Assert.Equal(0, first.GetProperty("duplicates").GetInt32());
            Assert.Equal(0, replay.GetProperty("accepted").GetInt32());
            Assert.Equal(items, replay.GetProperty("duplicates").GetInt32());
        }

        Assert.Equal(Scenario.A.TouchpointBodies.Count, host.ScenarioA.TouchpointPosts.Sum(p => p.Items));
    }

    [Fact]
    public void PostOpportunities_InArrivalOrder_CountsTheStaleUpdates()
    {
        var latest = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var stale = 0;
        foreach (var update in Scenario.A.OpportunityUpdates)
        {
            if (latest.TryGetValue(update.OpportunityId, out var seen) && update.UpdatedAt <= seen)
                stale++;
            else
                latest[update.OpportunityId] = update.UpdatedAt;
        }

        Assert.True(stale > 0, "scenario A ends with stale updates");
        Assert.Equal(stale, host.ScenarioA.OpportunityPost.GetProperty("stale").GetInt32());
        Assert.Equal(Scenario.A.OpportunityUpdates.Count - stale, host.ScenarioA.OpportunityPost.GetProperty("accepted").GetInt32());
    }

    [Theory]
    [MemberData(nameof(ExpectedAttributions))]
    public void GetOpportunityAttribution_IsTheExpectedOne(string kind, string opportunityId)
    {
        var expected = Scenario.A.Expected.GetProperty(kind).GetProperty(opportunityId);
        var actual = host.ScenarioA.Attribution[ScenarioARun.AttributionKey(kind, opportunityId)];

        Assert.Empty(ScenarioJsonExpectations.AttributionMismatches(expected, actual));
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void GetWaterfall_IsTheExpectedOne(string quarter) =>
        Assert.Empty(ScenarioJsonExpectations.FigureMismatches(Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter), host.ScenarioA.Waterfalls[quarter]));

    [Fact]
    public void GetSourcing_OverTheSourcingWindow_IsTheExpectedOne() =>
        Assert.Empty(ScenarioJsonExpectations.FigureMismatches(Scenario.A.Expected.GetProperty("sourcing"), host.ScenarioA.Sourcing));
}
