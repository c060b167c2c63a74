using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Attribution;

public sealed class JourneyTests
{
    [Fact]
    public void Build_Window_KeepsBothEndsAndDropsTheRest()
    {
        var journey = new JourneyBuilder()
            .Touch(-365.01).Touch(-365).Touch(0).Touch(0.001)
            .Build();

        Assert.Equal(["ev-001", "ev-002"], journey.Touches.Select(t => t.EventId));
    }

    [Fact]
    public void Build_TouchesInAnyOrder_AreChronologicalAndCountedOnce()
    {
        var builder = new JourneyBuilder().Touch(-1).Touch(-3).Touch(-2);
        var touches = builder.Touches.Reverse().Concat(builder.Touches).ToList();

        var journey = Journey.Build(builder.Opportunity, AttributionKind.Pipeline, touches, builder.Facts).Journey!;

        Assert.Equal(["ev-001", "ev-002", "ev-000"], journey.Touches.Select(t => t.EventId));
    }

    [Fact]
    public void Build_NoLifecycleFacts_LcIsFirstTouchWithEmailAndMqFallsBackToIt()
    {
        var journey = new JourneyBuilder().Touch(-3, withEmail: false).Touch(-2).Touch(-1).Build();

        Assert.Equal([Milestones.FT, Milestones.LC | Milestones.MQ, Milestones.OC], journey.Milestones);
    }

    [Fact]
    public void Build_LifecycleFacts_PlaceLcAndMq()
    {
        var journey = new JourneyBuilder().Touch(-3).Touch(-2, known: true).Touch(-1, mql: true).Touch(0).Build();

        Assert.Equal([Milestones.FT, Milestones.LC, Milestones.MQ, Milestones.OC], journey.Milestones);
    }

    [Fact]
    public void Build_Revenue_OcIsLastBeforeCreationAndCwLastBeforeClose()
    {
        var journey = new JourneyBuilder().Touch(-2).Touch(-1).Touch(3).Touch(9).ClosedWon(5).Build(AttributionKind.Revenue);

        Assert.Equal(3, journey.Count);
        Assert.Equal(Milestones.OC, journey.Milestones[1]);
        Assert.Equal(Milestones.CW, journey.Milestones[2]);
    }

    [Theory]
    [InlineData(OpportunityStatus.Open)]
    [InlineData(OpportunityStatus.Lost)]
    public void Build_RevenueOfOpportunityNotWon_IsRefused(OpportunityStatus status)
    {
        var builder = new JourneyBuilder().Touch(-1);
        var opportunity = builder.Opportunity with { Status = status };

        var result = Journey.Build(opportunity, AttributionKind.Revenue, builder.Touches, builder.Facts);

        Assert.False(result.IsBuilt);
        Assert.NotNull(result.Refusal);
    }

    [Fact]
    public void MilestoneNames_Of_ListsInJourneyOrder() =>
        Assert.Equal(["FT", "MQ", "CW"], MilestoneNames.Of(Milestones.CW | Milestones.FT | Milestones.MQ));

    [Fact]
    public void Build_SurveyAnswer_IsNoTouchOfTheJourney()
    {
        var journey = new JourneyBuilder().Touch(-3).Touch(-2, type: TouchpointTypes.NpsResponse).Touch(-1).Build();

        Assert.Equal(["ev-000", "ev-002"], journey.Touches.Select(t => t.EventId));
    }
}
