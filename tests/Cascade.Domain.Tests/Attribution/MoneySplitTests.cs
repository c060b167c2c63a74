using Cascade.Domain.Attribution;
using CsCheck;

namespace Cascade.Domain.Tests.Attribution;

public sealed class MoneySplitTests
{
    [Fact]
    public void Split_TwelveEqualCredits_GivesTheRemainderToTheEarliest()
    {
        var parts = MoneySplit.Split(25000m, Enumerable.Repeat(1.0 / 12, 12).ToArray());

        Assert.Equal(2083.37m, parts[0]);
        Assert.All(parts.Skip(1), p => Assert.Equal(2083.33m, p));
    }

    [Fact]
    public void Split_HalfCents_RoundToEvenThenRemainderToLargest()
    {
        // 0.05 × 0.5 = 0.025 → 0.02 each (half to even); the remaining cent goes to the earliest of the tie.
        Assert.Equal([0.03m, 0.02m], MoneySplit.Split(0.05m, [0.5, 0.5]));
    }

    [Fact]
    public void Split_LargestCredit_TakesTheRemainder()
    {
        Assert.Equal([33.33m, 66.67m], MoneySplit.Split(100m, [1.0 / 3, 2.0 / 3]));
    }

    [Fact]
    public void Split_ManySmallCredits_RemainderCanExceedACent()
    {
        // Each 1/60 of 1.00 rounds up to 0.02, so the earliest touch absorbs the −0.20 the rounding added.
        var parts = MoneySplit.Split(1m, Enumerable.Repeat(1.0 / 60, 60).ToArray());

        Assert.Equal(1m, parts.Sum());
        Assert.Equal(-0.18m, parts[0]);
    }

    [Fact]
    public void Split_Property_SumsExactlyAndEachPartIsNearItsShare()
    {
        Arbitraries.Split.Sample(t =>
        {
            var (amount, credits) = t;
            var parts = MoneySplit.Split(amount, credits);
            var taker = Array.IndexOf(credits, credits.Max());

            Assert.Equal(amount, parts.Sum());
            for (var i = 0; i < parts.Length; i++)
            {
                var slack = i == taker ? 0.005m * parts.Length : 0.005m;
                Assert.InRange(Math.Abs(parts[i] - (amount * (decimal)credits[i])), 0m, slack + 0.0000001m);
            }
        });
    }

    private static class Arbitraries
    {
        /// <summary>An amount to the cent up to 10 million and 1–60 positive credits summing to 1.</summary>
        public static readonly Gen<(decimal Amount, double[] Credits)> Split =
            Gen.Select(
                Gen.Long[0, 1_000_000_000].Select(c => c / 100m),
                Gen.Double[0.001, 100].Array[1, 60].Select(raw =>
                {
                    var sum = raw.Sum();
                    return raw.Select(r => r / sum).ToArray();
                }));
    }
}
