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

    // A→B→CONVERSION, A→C→NULL, C→B→CONVERSION, B→NULL.
    private static readonly ChannelPath[] ThreeChannels =
    [
        new(["a", "b"], Converted: true),
        new(["a", "c"], Converted: false),
        new(["c", "b"], Converted: true),
        new(["b"], Converted: false),
    ];

    [Fact]
    public void Fit_TwoChannels_SolvesTheAbsorbingChainExactly()
    {
        // P = 2/3; without a: 1/6 (effect 3/4); without b: 1/3 (effect 1/2) → shares 0.6 / 0.4.
        var shares = MarkovChannelModel.Fit(Paths);

        Assert.Equal(0.6, shares.ShareOf("a"), 1e-12);
        Assert.Equal(0.4, shares.ShareOf("b"), 1e-12);
    }

    [Fact]
    public void Fit_ThreeChannels_RemovalSendsTransitionsIntoTheChannelToNullWithoutRefitting()
    {
        // Fitted once: START→a 1/2, →b 1/4, →c 1/4; a→b 1/2, a→c 1/2; b→CONV 2/3, b→NULL 1/3; c→b 1/2, c→NULL 1/2.
        // Reach CONVERSION from b 2/3, c 1/3, a 1/2, so P = 1/4 + 1/12 + 1/6 = 1/2.
        // Without a: P = 1/12 + 1/6 = 1/4 (effect 1/2). Without b: nothing converts (effect 1). Without c: a reaches
        // CONVERSION with 1/3, P = 1/6 + 1/6 = 1/3 (effect 1/3). Effects sum to 11/6 → shares 3/11, 6/11, 2/11.
        // Refitting on paths cut at c instead would drop c→b→CONV from b's row: P 1/4, shares 1/4, 1/2, 1/4.
        var shares = MarkovChannelModel.Fit(ThreeChannels);

        Assert.Equal(3.0 / 11, shares.ShareOf("a"), 1e-12);
        Assert.Equal(6.0 / 11, shares.ShareOf("b"), 1e-12);
        Assert.Equal(2.0 / 11, shares.ShareOf("c"), 1e-12);
    }

    [Fact]
    public void Fit_RepeatedChannelsAndLoops_SharesSumToOne()
    {
        ChannelPath[] paths =
        [
            new(["a", "a", "b"], Converted: true),
            new(["b", "a", "b", "c"], Converted: true),
            new(["c", "c"], Converted: false),
            new(["a"], Converted: false),
        ];

        var shares = MarkovChannelModel.Fit(paths);

        Assert.Equal(1.0, shares.Shares.Values.Sum(), 1e-12);
        Assert.All(shares.Shares.Values, s => Assert.True(s > 0));
    }

    [Fact]
    public void Fit_AnyPathOrder_GivesTheSameShares()
    {
        var forward = MarkovChannelModel.Fit(ThreeChannels);
        var backward = MarkovChannelModel.Fit(ThreeChannels.Reverse());

        Assert.Equal(forward.Shares.OrderBy(s => s.Key), backward.Shares.OrderBy(s => s.Key));
    }

    [Fact]
    public void Fit_NothingConverts_HasNoShares() =>
        Assert.Empty(MarkovChannelModel.Fit([new(["a"], Converted: false)]).Shares);

    [Fact]
    public void MarkovModel_SplitsByGlobalShareThenEvenlyWithinTheChannel()
    {
        // The paths of Fit_TwoChannels: shares a 0.6, b 0.4; b's share is split between its two touches.
        var shares = MarkovChannelModel.Fit(Paths);
        var journey = new JourneyBuilder().Touch(-3, channel: "a").Touch(-2, channel: "b").Touch(-1, channel: "b").Build();

        var credits = OpportunityAttribution.Compute(journey, 100m, shares).For(AttributionModel.Markov).Credits;

        Assert.Equal([0.6, 0.2, 0.2], credits.ToArray(), new ToleranceComparer(1e-12));
    }

    private sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
