using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Attribution;

public sealed class AttributionModelsTests
{
    private const double Third = 1.0 / 3;
    private const double Fifteenth = 1.0 / 15;

    /// <summary>Five touches, 7 days apart, ending at creation: FT, LC, MQ, another, OC.</summary>
    private static JourneyBuilder FiveTouches() => new JourneyBuilder()
        .Touch(-28, withEmail: false)
        .Touch(-21, known: true)
        .Touch(-14, mql: true)
        .Touch(-7)
        .Touch(0);

    public static TheoryData<string, double[]> FiveTouchPipeline => new()
    {
        { "first_touch", [1, 0, 0, 0, 0] },
        { "last_touch", [0, 0, 0, 0, 1] },
        { "linear", [0.2, 0.2, 0.2, 0.2, 0.2] },
        { "u_shaped", [0.4, 0.4, Fifteenth, Fifteenth, Fifteenth] },
        { "w_shaped", [0.3, 0.3, 0.05, 0.05, 0.3] },
        { "j_shaped", [0.2, Fifteenth, Fifteenth, Fifteenth, 0.6] },
        { "inverse_j", [0.6, Fifteenth, Fifteenth, Fifteenth, 0.2] },
        { "full_path", [0.3, 0.3, 0.05, 0.05, 0.3] },
        { "time_decay", [1.0 / 31, 2.0 / 31, 4.0 / 31, 8.0 / 31, 16.0 / 31] },
        { "markov", [0.2, 0.2, 0.2, 0.2, 0.2] },
    };

    public static TheoryData<string, double[]> TwoTouchesCoinciding => new()
    {
        // FT anonymous; the second touch is LC, MQ (falls back to LC) and OC at once: no "others".
        { "first_touch", [1, 0] },
        { "last_touch", [0, 1] },
        { "linear", [0.5, 0.5] },
        { "u_shaped", [0.5, 0.5] },
        { "w_shaped", [Third, 2 * Third] },
        { "j_shaped", [0.25, 0.75] },
        { "inverse_j", [0.75, 0.25] },
        { "full_path", [Third, 2 * Third] },
        { "time_decay", [1.0 / 3, 2.0 / 3] },
        { "markov", [0.5, 0.5] },
    };

    public static TheoryData<string, double[]> SixTouchRevenue => new()
    {
        // FT, LC, MQ, another, OC, CW (a week after creation, at the close).
        { "first_touch", [1, 0, 0, 0, 0, 0] },
        { "last_touch", [0, 0, 0, 0, 0, 1] },
        { "j_shaped", [0.2, 0.05, 0.05, 0.05, 0.05, 0.6] },
        { "inverse_j", [0.6, 0.05, 0.05, 0.05, 0.05, 0.2] },
        // W stays on FT, LC and OC for revenue: MQ, the other touch and CW share the 10.
        { "w_shaped", [0.3, 0.3, 1.0 / 30, 1.0 / 30, 0.3, 1.0 / 30] },
        { "full_path", [0.225, 0.225, 0.05, 0.05, 0.225, 0.225] },
        { "time_decay", [1.0 / 63, 2.0 / 63, 4.0 / 63, 8.0 / 63, 16.0 / 63, 32.0 / 63] },
    };

    [Theory]
    [MemberData(nameof(FiveTouchPipeline))]
    public void RawWeights_FiveTouchPipelineJourney_GiveTheTableCredits(string model, double[] expected) =>
        AssertCredits(model, FiveTouches().Build(), expected);

    [Theory]
    [MemberData(nameof(TwoTouchesCoinciding))]
    public void RawWeights_CoincidingMilestones_SumTheirWeights(string model, double[] expected) =>
        AssertCredits(model, new JourneyBuilder().Touch(-7, withEmail: false).Touch(0).Build(), expected);

    [Theory]
    [MemberData(nameof(SixTouchRevenue))]
    public void RawWeights_RevenueJourney_UseClosedWon(string model, double[] expected) =>
        AssertCredits(model, FiveTouches().Touch(7).ClosedWon(7).Build(AttributionKind.Revenue), expected);

    [Theory]
    [InlineData("first_touch")]
    [InlineData("last_touch")]
    [InlineData("linear")]
    [InlineData("u_shaped")]
    [InlineData("w_shaped")]
    [InlineData("j_shaped")]
    [InlineData("inverse_j")]
    [InlineData("full_path")]
    [InlineData("time_decay")]
    [InlineData("markov")]
    public void RawWeights_OneTouch_GetsAllTheCredit(string model) =>
        AssertCredits(model, new JourneyBuilder().Touch(-3).Build(), [1]);

    [Theory]
    [InlineData(AttributionModel.FirstTouch, "first_touch")]
    [InlineData(AttributionModel.UShaped, "u_shaped")]
    [InlineData(AttributionModel.InverseJ, "inverse_j")]
    [InlineData(AttributionModel.TimeDecay, "time_decay")]
    public void ToWireName_RoundTripsThroughTryParse(AttributionModel model, string wireName)
    {
        Assert.Equal(wireName, model.ToWireName());
        Assert.True(AttributionModels.TryParse(wireName.ToUpperInvariant(), out var parsed));
        Assert.Equal(model, parsed);
    }

    [Fact]
    public void TryParse_UnknownName_IsFalse() => Assert.False(AttributionModels.TryParse("last_click", out _));

    [Fact]
    public void Compute_EmptyJourney_GivesNoCreditAndIsUnattributed()
    {
        var journey = new JourneyBuilder().Touch(1).Build();

        var attribution = OpportunityAttribution.Compute(journey, 1000m, MarkovShares.Empty);

        Assert.True(journey.IsEmpty);
        Assert.Equal(Sourcing.Unattributed, attribution.Sourced);
        Assert.False(attribution.Influenced);
        Assert.All(attribution.Models, m => Assert.Empty(m.Credits));
    }

    [Fact]
    public void Compute_SalesFirstTouch_IsSalesSourcedAndInfluencedByLaterMarketing()
    {
        var journey = new JourneyBuilder().Touch(-5, origin: Origin.Sales).Touch(-1).Build();

        var attribution = OpportunityAttribution.Compute(journey, 1000m, MarkovShares.Empty);

        Assert.Equal(Sourcing.Sales, attribution.Sourced);
        Assert.True(attribution.Influenced);
    }

    private static void AssertCredits(string wireName, Journey journey, double[] expected)
    {
        Assert.True(AttributionModels.TryParse(wireName, out var model));
        var raw = new double[journey.Count];
        var credits = new double[journey.Count];

        AttributionModels.RuleOf(model).RawWeights(journey, MarkovShares.Empty, raw);
        Credits.Normalize(raw, credits);

        Assert.Equal(expected.Length, credits.Length);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], credits[i], 1e-12);
        }
    }
}
