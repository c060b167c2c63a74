using Cascade.Domain.Customers;
using CsCheck;

namespace Cascade.Domain.Tests.Customers;

public sealed class CustomerFiguresTests
{
    [Fact]
    public void NetPromoterScore_LatestAnswerPerPerson_CountsOnce()
    {
        var t = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);
        NpsAnswer[] answers =
        [
            new("ana@acme.example", t, "n-1", 3),
            new("ana@acme.example", t.AddDays(10), "n-2", 10),
            new("bob@acme.example", t, "n-3", 8),
            new("eve@acme.example", t, "n-4", 6),
        ];

        var nps = NetPromoterScore.Of(answers);

        Assert.Equal((3, 1, 1, 1, 0m), (nps.Responses, nps.Promoters, nps.Passives, nps.Detractors, nps.Score));
    }

    [Theory]
    [InlineData(new[] { 9, 10, 10 }, 100)]
    [InlineData(new[] { 0, 6, 5 }, -100)]
    [InlineData(new[] { 9, 7, 6 }, 0)]
    [InlineData(new[] { 9, 9, 7 }, 66.67)]
    public void NetPromoterScore_PromotersMinusDetractors_InPercent(int[] scores, double expected)
    {
        var t = new DateTimeOffset(2026, 5, 1, 0, 0, 0, TimeSpan.Zero);

        var nps = NetPromoterScore.Of(scores.Select((s, i) => new NpsAnswer($"p{i}@x.example", t, $"n-{i}", s)));

        Assert.Equal((decimal)expected, nps.Score);
    }

    [Fact]
    public void NetPromoterScore_NoAnswer_HasNoScore() => Assert.Null(NetPromoterScore.Of([]).Score);

    [Fact]
    public void NetPromoterScore_Property_StaysWithinMinus100And100()
    {
        Arbitraries.Answers.Sample(answers =>
        {
            var nps = NetPromoterScore.Of(answers);
            Assert.Equal(nps.Responses, nps.Promoters + nps.Passives + nps.Detractors);
            Assert.InRange(nps.Score ?? 0m, -100m, 100m);
        });
    }

    [Fact]
    public void CustomerMetrics_Property_RatesWithinZeroAndOne_AndLifetimeValueIsTheWonSum()
    {
        Arbitraries.Accounts.Sample(accounts =>
        {
            Assert.InRange(CustomerMetrics.RetentionRate(accounts) ?? 0m, 0m, 1m);
            Assert.InRange(CustomerMetrics.RepeatPurchaseRate(accounts) ?? 0m, 0m, 1m);
            foreach (var account in accounts)
            {
                Assert.Equal(account.WonAmounts.Sum(), CustomerMetrics.LifetimeValue(account));
            }

            var customers = accounts.Where(a => a.WonAmounts.Count > 0).ToList();
            var average = CustomerMetrics.AverageLifetimeValue(accounts);
            Assert.Equal(customers.Count == 0, average is null);
            if (average is { } mean)
            {
                Assert.InRange(mean, customers.Min(CustomerMetrics.LifetimeValue) - 0.005m, customers.Max(CustomerMetrics.LifetimeValue) + 0.005m);
            }
        });
    }

    [Fact]
    public void CustomerMetrics_Retention_CountsCustomersAtTheStartNotChurnedAtTheEnd()
    {
        CustomerAccount[] accounts =
        [
            new(CustomerStatus.Active, CustomerStatus.Churned, [100m]),
            new(CustomerStatus.AtRisk, CustomerStatus.Active, [50m, 25.5m]),
            new(CustomerStatus.Inactive, CustomerStatus.Inactive, [10m]),
            new(CustomerStatus.Churned, CustomerStatus.Active, [10m, 10m]),
            new(CustomerStatus.None, CustomerStatus.Active, [99.99m]),
        ];

        Assert.Equal(2m / 3, CustomerMetrics.RetentionRate(accounts));
        Assert.Equal(2m / 5, CustomerMetrics.RepeatPurchaseRate(accounts));
        Assert.Equal(61.10m, CustomerMetrics.AverageLifetimeValue(accounts));
    }

    private static class Arbitraries
    {
        private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        /// <summary>0–60 answers by up to 12 people over a year, scores 0–10.</summary>
        public static readonly Gen<NpsAnswer[]> Answers =
            Gen.Select(Gen.Int[0, 11], Gen.Int[0, 365], Gen.Int[0, 10], Gen.Int[0, 9_999])
                .Select(t => new NpsAnswer($"p{t.Item1}@x.example", T0.AddDays(t.Item2), $"n-{t.Item4}", t.Item3))
                .Array[0, 60];

        /// <summary>0–30 accounts with any statuses and 0–5 won deals of up to a million, to the cent.</summary>
        public static readonly Gen<CustomerAccount[]> Accounts =
            Gen.Select(
                    Gen.Enum<CustomerStatus>(),
                    Gen.Enum<CustomerStatus>(),
                    Gen.Long[1, 100_000_000].Select(c => c / 100m).Array[0, 5])
                .Select((start, end, won) => new CustomerAccount(start, end, won))
                .Array[0, 30];
    }
}
