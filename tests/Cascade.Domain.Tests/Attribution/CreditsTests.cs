using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;
using CsCheck;

namespace Cascade.Domain.Tests.Attribution;

public sealed class CreditsTests
{
    private static readonly MarkovShares Shares = MarkovChannelModel.Fit(
    [
        new([Channels.Email, Channels.PaidSearch], Converted: true),
        new([Channels.Direct, Channels.Email], Converted: true),
        new([Channels.Direct], Converted: false),
    ]);

    [Fact]
    public void Compute_Property_EveryModelsCreditsSumToOneAndMoneyToTheAmount()
    {
        Arbitraries.Journeys.Sample(t =>
        {
            var (journey, amount) = t;
            var attribution = OpportunityAttribution.Compute(journey, amount, Shares);

            foreach (var model in attribution.Models)
            {
                if (journey.IsEmpty)
                {
                    Assert.Empty(model.Credits);
                    continue;
                }

                Assert.Equal(1.0, model.Credits.Sum(), 1e-12);
                Assert.All(model.Credits, c => Assert.True(c >= 0));
                Assert.Equal(amount, model.Amounts.Sum());
            }
        });
    }

    [Fact]
    public void Compute_TenThousandOpportunitiesOfFiftyTouches_AllModelsBalance()
    {
        var journeys = Enumerable.Range(0, 50).Select(seed => Arbitraries.Journey(50, seed)).ToList();
        var total = 0m;

        for (var i = 0; i < 10_000; i++)
        {
            var attribution = OpportunityAttribution.Compute(journeys[i % journeys.Count], 12345.67m, Shares);
            total += attribution.For(AttributionModel.Markov).Amounts.Sum();
        }

        Assert.Equal(10_000 * 12345.67m, total);
    }

    private static class Arbitraries
    {
        private static readonly string[] ChannelNames = [Channels.Email, Channels.PaidSearch, Channels.Direct, "webinar"];

        /// <summary>Up to 60 touches over 400 days before (and a few after) creation, pipeline or revenue.</summary>
        public static readonly Gen<(Journey Journey, decimal Amount)> Journeys =
            Gen.Select(
                Gen.Select(Gen.Double[-400, 5], Gen.Int[0, 3], Gen.Bool, Gen.Int[0, 5], Gen.Int[0, 9]).Array[0, 60],
                Gen.Bool,
                Gen.Long[0, 10_000_000_00].Select(c => c / 100m))
            .Select(t =>
            {
                var builder = new JourneyBuilder();
                foreach (var (day, channel, sales, email, flags) in t.Item1)
                {
                    builder.Touch(day, ChannelNames[channel], sales ? Origin.Sales : Origin.Marketing, withEmail: email > 0, known: flags == 0, mql: flags == 1);
                }

                return t.Item2
                    ? (builder.ClosedWon(6).Build(AttributionKind.Revenue), t.Item3)
                    : (builder.Build(), t.Item3);
            });

        public static Journey Journey(int touches, int seed)
        {
            var random = new Random(seed);
            var builder = new JourneyBuilder();
            for (var i = 0; i < touches; i++)
            {
                builder.Touch(-random.Next(0, 300), ChannelNames[random.Next(ChannelNames.Length)], known: i == 3, mql: i == 9);
            }

            return builder.Build();
        }
    }
}
