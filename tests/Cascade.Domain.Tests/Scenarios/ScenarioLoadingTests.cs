using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Scenarios;

public sealed class ScenarioLoadingTests
{
    [Fact]
    public void ScenarioA_Loads_EveryTouchpointAndUpdate()
    {
        var scenario = Scenario.A;

        Assert.Equal(scenario.TouchpointBodies.Count, scenario.Touchpoints.Count);
        Assert.Equal(scenario.OpportunityBodies.Count, scenario.OpportunityUpdates.Count);
        Assert.Equal(scenario.Touchpoints.Count, scenario.Touchpoints.Select(t => t.EventId).Distinct().Count());
        Assert.All(scenario.Touchpoints, t => Assert.True(t.Email is not null || t.AnonymousId is not null));
    }
}
