using Cascade.Domain.Attribution;

namespace Cascade.Domain.Tests.Attribution;

public sealed class MarkovChannelModelTests
{
    // A→CONVERSION, A→B→CONVERSION, B→NULL.
    private static readonly ChannelPath[] Paths =
    [
        new(["a"], Converted: true),
        new(["a", "b"], Converted: true),
        new(["b"], Converted: false),
    ];

    [Fact]
    public void Fit_FirstOrderChain_SolvesTheAbsorbingChainExactly()
    {
        // P = 2/3; without a: 1/6 (effect 3/4); without b: 1/3 (effect 1/2) → shares 0.6 / 0.4.
        var shares = MarkovChannelModel.Fit(Paths, MarkovRemoval.FirstOrderChain);

        Assert.Equal(0.6, shares.ShareOf("a"), 1e-12);
        Assert.Equal(0.4, shares.ShareOf("b"), 1e-12);
    }

    [Fact]
    public void Fit_WholePath_CountsConvertingPathsThroughEachChannel()
    {
        // a is on both converting paths (effect 1), b on one (effect 1/2).
        var shares = MarkovChannelModel.Fit(Paths);

        Assert.Equal(2.0 / 3, shares.ShareOf("a"), 1e-12);
        Assert.Equal(1.0 / 3, shares.ShareOf("b"), 1e-12);
    }

    [Theory]
    [InlineData(MarkovRemoval.WholePath)]
    [InlineData(MarkovRemoval.FirstOrderChain)]
    public void Fit_RepeatedChannelsAndLoops_SharesSumToOne(MarkovRemoval removal)
    {
        ChannelPath[] paths =
        [
            new(["a", "a", "b"], Converted: true),
            new(["b", "a", "b", "c"], Converted: true),
            new(["c", "c"], Converted: false),
            new(["a"], Converted: false),
        ];

        var shares = MarkovChannelModel.Fit(paths, removal);

        Assert.Equal(1.0, shares.Shares.Values.Sum(), 1e-12);
        Assert.All(shares.Shares.Values, s => Assert.True(s > 0));
    }

    [Fact]
    public void Fit_NothingConverts_HasNoShares() =>
        Assert.Empty(MarkovChannelModel.Fit([new(["a"], Converted: false)]).Shares);

    [Fact]
    public void MarkovModel_SplitsByGlobalShareThenEvenlyWithinTheChannel()
    {
        var shares = MarkovChannelModel.Fit([new(["a", "b"], true), new(["a"], true), new(["b"], false)]);
        var journey = new JourneyBuilder().Touch(-3, channel: "a").Touch(-2, channel: "b").Touch(-1, channel: "b").Build();

        var credits = OpportunityAttribution.Compute(journey, 100m, shares).For(AttributionModel.Markov).Credits;

        Assert.Equal([2.0 / 3, 1.0 / 6, 1.0 / 6], credits.ToArray(), new ToleranceComparer(1e-12));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
