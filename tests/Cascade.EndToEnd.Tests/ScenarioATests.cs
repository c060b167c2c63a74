using Cascade.Domain.Pipeline;
using Cascade.EndToEnd.Tests.Infrastructure;
using Cascade.Testing.Scenarios;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// Scenario A posted through the API in shuffled, replayed batches — its CRM versions shuffled from several concurrent
/// senders — gives every expected figure back through the API.
/// </summary>
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
    public void PostOpportunities_ShuffledFromConcurrentSenders_CountsTheStaleVersionsEachTime()
    {
        // Domain §6: a version dated before its deal's creation is stale, and the edge knows it when posted.
        var stale = Scenario.A.OpportunityUpdates.Count(OpportunityVersionRule.IsStale);
        var posts = host.ScenarioA.OpportunityPosts.SelectMany(p => p).ToList();

        Assert.True(stale > 0, "scenario A holds stale versions");
        Assert.Equal(Scenario.A.OpportunityUpdates.Count, posts.Count);
        Assert.Equal(stale, posts.Sum(p => p.GetProperty("stale").GetInt32()));
        Assert.Equal(Scenario.A.OpportunityUpdates.Count - stale, posts.Sum(p => p.GetProperty("accepted").GetInt32()));
        Assert.Equal(stale, host.ScenarioA.OpportunityReplays.Sum(p => p.GetProperty("stale").GetInt32()));
    }

    [Fact]
    public async Task GetPerson_EveryContactOfAWonOpportunity_ReadsCustomer()
    {
        var contacts = OpportunityHistory.FromArrivals(Scenario.A.OpportunityUpdates)
            .Where(h => h.Current!.Status == OpportunityStatus.Won)
            .SelectMany(h => h.Current!.ContactEmails)
            .ToList();

        Assert.NotEmpty(contacts);
        foreach (var contact in contacts)
            Assert.Equal("customer", (await JourneyTouches.PersonAsync(host.Client, contact.Value)).GetProperty("stage").GetString());
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
