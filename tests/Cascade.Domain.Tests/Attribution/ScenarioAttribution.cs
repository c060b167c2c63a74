using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Attribution;

/// <summary>Every attribution of a scenario, computed the way the application does it.</summary>
internal sealed class ScenarioAttribution
{
    private ScenarioAttribution(
        MarkovShares shares,
        IReadOnlyDictionary<string, OpportunityAttribution> pipeline,
        IReadOnlyDictionary<string, OpportunityAttribution> revenue,
        IReadOnlyList<string> revenueRefusals)
    {
        Shares = shares;
        Pipeline = pipeline;
        Revenue = revenue;
        RevenueRefusals = revenueRefusals;
    }

    public MarkovShares Shares { get; }

    public IReadOnlyDictionary<string, OpportunityAttribution> Pipeline { get; }

    public IReadOnlyDictionary<string, OpportunityAttribution> Revenue { get; }

    public IReadOnlyList<string> RevenueRefusals { get; }

    public static ScenarioAttribution Of(Scenario scenario, IReadOnlyList<Touchpoint> touchpoints)
    {
        var index = TouchpointIndex.Build(touchpoints);
        var facts = HandRaiserMilestoneFacts.From(index);
        var states = OpportunityStates.Replay(scenario.OpportunityUpdates);
        var journeys = states
            .Select(s => Journey.Build(s.Latest, AttributionKind.Pipeline, index.ScopeOf(s.Latest), facts).Journey!)
            .ToList();
        var shares = MarkovChannelModel.Fit(MarkovPaths.Build(index, states.Select(s => s.Latest), journeys));

        var pipeline = new Dictionary<string, OpportunityAttribution>(StringComparer.Ordinal);
        for (var i = 0; i < states.Count; i++)
        {
            var amount = OpportunityAttributor.AmountFor(AttributionKind.Pipeline, states[i].First, states[i].Latest);
            pipeline[states[i].Latest.OpportunityId] = OpportunityAttribution.Compute(journeys[i], amount, shares);
        }

        var revenue = new Dictionary<string, OpportunityAttribution>(StringComparer.Ordinal);
        var refusals = new List<string>();
        foreach (var s in states)
        {
            var amount = OpportunityAttributor.AmountFor(AttributionKind.Revenue, s.First, s.Latest);
            var outcome = OpportunityAttributor.Attribute(s.Latest, amount, AttributionKind.Revenue, index, facts, shares);
            if (outcome.Attribution is { } attribution)
            {
                revenue[s.Latest.OpportunityId] = attribution;
            }
            else
            {
                refusals.Add(s.Latest.OpportunityId);
            }
        }

        return new ScenarioAttribution(shares, pipeline, revenue, refusals);
    }
}
