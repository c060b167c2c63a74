using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Spend;
using Cascade.Domain.Touchpoints;
using CsCheck;

namespace Cascade.Domain.Tests.Spend;

public sealed class RoiReportTests
{
    private static readonly DateTimeOffset From = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset To = new(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly SpendMonth January = SpendMonth.Parse("2026-01");
    private static readonly SpendMonth February = SpendMonth.Parse("2026-02");

    [Fact]
    public void Build_ByChannel_PutsSpendLeadsAndCreditSideBySide()
    {
        var spend = new[]
        {
            new SpendEntry(January, "paid_search", "brand", 1000.00m),
            new SpendEntry(February, "paid_search", null, 500.50m),
            new SpendEntry(January, "events", "summit", 3000m),
        };
        var leads = new[] { Touch("a", "paid_search", "brand", 10), Touch("b", "paid_search", "brand", 20), Touch("c", "paid_search", null, 30) };
        var mqls = new[] { Touch("a2", "paid_search", "brand", 40) };
        var credited = Credited(("paid_search", 1.5, 45000m), ("webinar", 0.5, 5000m));

        var report = RoiReport.Build(AttributionGroupBy.Channel, From, To, spend, leads, mqls, credited);

        Assert.Equal(["events", "paid_search", "webinar"], report.Rows.Select(r => r.Key));
        var search = report.Rows[1].Figures;
        Assert.Equal((1500.50m, 3, 1, 1.5, 45000m), (search.Spend, search.Leads, search.Mqls, search.Opportunities, search.Amount));
        Assert.Equal(500.17m, search.CostPerLead); // 500.1666…
        Assert.Equal(1500.50m, search.CostPerMql);
        Assert.Equal(1000.33m, search.CostPerOpportunity); // 1000.3333…
        Assert.Equal(29.9900m, search.Roi); // 45000 / 1500.50 = 29.99000333…
        var events = report.Rows[0].Figures;
        Assert.Equal((3000m, 0m), (events.Spend, events.Amount));
        Assert.Null(events.CostPerLead);
        Assert.Equal(0m, events.Roi);
        Assert.Null(report.Rows[2].Figures.Roi);
        Assert.Equal((4500.50m, 3, 1, 2.0, 50000m), (report.Total.Spend, report.Total.Leads, report.Total.Mqls, report.Total.Opportunities, report.Total.Amount));
        Assert.Equal(11.1099m, report.Total.Roi); // 50000 / 4500.50 = 11.10987…
    }

    [Fact]
    public void Build_ByCampaign_GroupsSpendWithoutCampaignUnderNone()
    {
        var spend = new[] { new SpendEntry(January, "paid_search", "brand", 10m), new SpendEntry(January, "email", null, 5m) };
        var leads = new[] { Touch("a", "email", null, 1) };

        var report = RoiReport.Build(AttributionGroupBy.Campaign, From, To, spend, leads, [], Credited());

        Assert.Equal([(AttributionReport.NoCampaign, 5m, 1), ("brand", 10m, 0)], report.Rows.Select(r => (r.Key, r.Figures.Spend, r.Figures.Leads)));
    }

    [Fact]
    public void Build_TouchesOutsideThePeriod_AreNotCounted()
    {
        var leads = new[] { Touch("early", "email", null, -1), Touch("late", "email", null, 24 * 90), Touch("in", "email", null, 0) };

        var report = RoiReport.Build(AttributionGroupBy.Channel, From, To, [], leads, [], Credited());

        Assert.Equal(1, report.Total.Leads);
    }

    [Fact]
    public void Build_Property_RowsSumToTheTotalAndCreditIsTheAttributionReports()
    {
        Arbitraries.Inputs.Sample(input =>
        {
            var (groupBy, spend, leads, credited) = input;

            var report = RoiReport.Build(groupBy, From, To, spend, leads, leads, credited);

            Assert.Equal(spend.Sum(s => s.Amount), report.Total.Spend);
            Assert.Equal(report.Total.Spend, report.Rows.Sum(r => r.Figures.Spend));
            Assert.Equal(report.Total.Leads, report.Rows.Sum(r => r.Figures.Leads));
            Assert.Equal(credited.Total.Amount, report.Total.Amount);
            Assert.Equal(credited.Total.Amount, report.Rows.Sum(r => r.Figures.Amount));
            foreach (var row in credited.Rows)
            {
                var figures = report.Rows.Single(r => r.Key == row.Key).Figures;
                Assert.Equal((row.Opportunities, row.Amount), (figures.Opportunities, figures.Amount));
            }

            Assert.All(report.Rows, r =>
            {
                Assert.True(r.Figures.CostPerLead is null || decimal.Round(r.Figures.CostPerLead.Value, 2) == r.Figures.CostPerLead);
                Assert.True(r.Figures.Roi is null || decimal.Round(r.Figures.Roi.Value, 4) == r.Figures.Roi);
            });
        });
    }

    private static Touchpoint Touch(string id, string channel, string? campaign, int hours) =>
        Touchpoint.Create(id, From.AddHours(hours), "form_fill", EmailAddress.Parse(id + "@example.com"), channel: channel, campaign: campaign);

    private static AttributionReport Credited(params (string Key, double Opportunities, decimal Amount)[] rows) => new(
        AttributionModel.Linear,
        AttributionKind.Pipeline,
        AttributionGroupBy.Channel,
        rows.Select(r => new AttributionReportRow(r.Key, r.Opportunities, r.Amount)).ToList(),
        new AttributionReportRow("total", rows.Sum(r => r.Opportunities), rows.Sum(r => r.Amount)));

    private static class Arbitraries
    {
        private static readonly string[] Keys = ["email", "events", "paid_search", "paid_social", "webinar"];

        private static readonly Gen<decimal> Cents = Gen.Long[0, 100_000_000_000].Select(c => c / 100m);

        private static readonly Gen<SpendEntry> Entry =
            Gen.Select(Gen.Int[1, 3], Pick(Keys), Pick<string?>(null, "brand", "launch"), Cents,
                (m, k, c, a) => new SpendEntry(SpendMonth.Parse($"2026-0{m}"), k, c, a));

        private static readonly Gen<Touchpoint> Lead =
            Gen.Select(Gen.Int[0, 1_000_000], Pick(Keys), Pick<string?>(null, "brand", "launch"), Gen.Int[-100, 3000],
                (i, k, c, h) => Touch("p" + i, k, c, h));

        private static readonly Gen<AttributionReport> Credit =
            Gen.Select(Gen.Double[0, 5], Cents).Array[0, 5]
                .Select(rows => Credited(rows.Select((r, i) => (Keys[i], r.Item1, r.Item2)).ToArray()));

        private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

        /// <summary>A grouping, spend entries of the period's months, LC touches around the period and a credited report.</summary>
        public static readonly Gen<(AttributionGroupBy, SpendEntry[], Touchpoint[], AttributionReport)> Inputs =
            Gen.Select(Pick(AttributionGroupBy.Channel, AttributionGroupBy.Campaign), Entry.Array[0, 40], Lead.Array[0, 40], Credit);
    }
}
