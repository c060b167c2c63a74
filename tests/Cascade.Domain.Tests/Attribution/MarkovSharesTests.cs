using Cascade.Domain.Attribution;

namespace Cascade.Domain.Tests.Attribution;

public sealed class MarkovSharesTests
{
    [Fact]
    public void FromShares_AFittedSet_KeepsEveryShareBitForBit()
    {
        var fitted = MarkovShares.FromRemovalEffects(new Dictionary<string, double> { ["a"] = 0.7, ["b"] = 0.3, ["c"] = 0.1 });

        var restored = MarkovShares.FromShares(fitted.Shares);

        Assert.Equal(fitted.Shares, restored.Shares);
        Assert.All(fitted.Shares, s => Assert.Equal(BitConverter.DoubleToInt64Bits(s.Value), BitConverter.DoubleToInt64Bits(restored.ShareOf(s.Key))));
    }

    [Fact]
    public void FromShares_ZeroShares_AreLeftOut() =>
        Assert.Equal(["a"], MarkovShares.FromShares(new Dictionary<string, double> { ["a"] = 1, ["b"] = 0 }).Shares.Keys);

    [Fact]
    public void FromShares_Nothing_IsEmpty() =>
        Assert.Empty(MarkovShares.FromShares(new Dictionary<string, double>()).Shares);

    [Theory]
    [InlineData(0.5, 0.4)]
    [InlineData(1.5, -0.5)]
    [InlineData(double.NaN, 1)]
    public void FromShares_NotAFit_Throws(double a, double b) =>
        Assert.Throws<ArgumentException>(() => MarkovShares.FromShares(new Dictionary<string, double> { ["a"] = a, ["b"] = b }));
}
