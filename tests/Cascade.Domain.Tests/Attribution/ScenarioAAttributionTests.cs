using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Attribution;
using Cascade.Domain.Touchpoints;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Attribution;

/// <summary>
/// Scenario A's expected attribution answers, for the touchpoints in arrival order and shuffled: journey
/// order, milestones, every model's credits (1e-9) and money (0.01 a touch, exact a total), sourced,
/// influenced, Markov shares and the sourcing report.
/// </summary>
public sealed class ScenarioAAttributionTests
{
    private const double CreditTolerance = 1e-9;

    private static readonly Dictionary<int, ScenarioAttribution> Computed = [];

    public static TheoryData<int> Seeds => [0, 1, 7, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pipeline_EveryOpportunity_MatchesExpected(int seed)
    {
        var actual = Attribution(seed).Pipeline;
        var expected = Scenario.A.Expected.GetProperty("pipeline");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => Mismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Revenue_EveryWonOpportunity_MatchesExpected(int seed)
    {
        var actual = Attribution(seed).Revenue;
        var expected = Scenario.A.Expected.GetProperty("revenue");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => Mismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Revenue_OpportunitiesNotWon_AreRefused()
    {
        var computed = Attribution(0);

        Assert.Equal(computed.Pipeline.Count - computed.Revenue.Count, computed.RevenueRefusals.Count);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkovShares_MatchExpected(int seed)
    {
        var actual = Attribution(seed).Shares.Shares;
        var expected = Scenario.A.Expected.GetProperty("markovShares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key], CreditTolerance));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SourcingReport_OverTheSourcingWindow_MatchesExpected(int seed)
    {
        var report = SourcingReport.Build(Attribution(seed).Pipeline.Values, Scenario.A.SourcingFrom, Scenario.A.SourcingTo);
        var expected = Scenario.A.Expected.GetProperty("sourcing");

        static SourcingFigure Figure(JsonElement e) => new(e.GetProperty("count").GetInt32(), e.GetProperty("amount").GetDecimal());
        Assert.Equal(Figure(expected.GetProperty("marketingSourced")), report.MarketingSourced);
        Assert.Equal(Figure(expected.GetProperty("salesSourced")), report.SalesSourced);
        Assert.Equal(Figure(expected.GetProperty("unattributed")), report.Unattributed);
        Assert.Equal(Figure(expected.GetProperty("marketingInfluenced")), report.MarketingInfluenced);
        Assert.Equal(report.MarketingSourced.Count + report.SalesSourced.Count, report.ByChannel.Sum(r => r.Sourced.Count));
    }

    [Theory]
    [InlineData(AttributionKind.Pipeline)]
    [InlineData(AttributionKind.Revenue)]
    public void AttributionReport_EveryModelByChannel_TotalsTheAttributedAmounts(AttributionKind kind)
    {
        var computed = Attribution(0);
        var attributions = computed.Pipeline.Values.Concat(computed.Revenue.Values).ToList();
        var attributed = attributions.Where(a => a.Kind == kind).ToList();

        foreach (var model in AttributionModels.All)
        {
            var report = AttributionReport.Build(attributions, model, kind, AttributionGroupBy.Channel);

            Assert.Equal(attributed.Sum(a => a.Amount), report.Total.Amount);
            Assert.Equal(report.Total.Amount, report.Rows.Sum(r => r.Amount));
            Assert.Equal(attributed.Count, report.Total.Opportunities, 1e-9);
        }
    }

    private static ScenarioAttribution Attribution(int seed)
    {
        lock (Computed)
        {
            if (!Computed.TryGetValue(seed, out var computed))
            {
                var touchpoints = seed == 0 ? Scenario.A.Touchpoints : Scenario.A.ShuffledTouchpoints(seed);
                computed = ScenarioAttribution.Of(Scenario.A, touchpoints);
                Computed[seed] = computed;
            }

            return computed;
        }
    }

    private static List<string> Mismatches(JsonElement expected, OpportunityAttribution actual)
    {
        var id = actual.OpportunityId;
        var errors = new List<string>();
        void Check(bool ok, string what)
        {
            if (!ok)
            {
                errors.Add($"{id} {actual.Kind}: {what}");
            }
        }

        Check(expected.GetProperty("amount").GetDecimal() == actual.Amount, $"amount {actual.Amount}");
        Check(string.Equals(expected.GetProperty("sourced").GetString(), actual.Sourced.ToString(), StringComparison.OrdinalIgnoreCase), $"sourced {actual.Sourced}");
        Check(expected.GetProperty("influenced").GetBoolean() == actual.Influenced, $"influenced {actual.Influenced}");

        var journey = expected.GetProperty("journey").EnumerateArray().ToList();
        var touches = actual.Journey.Touches;
        Check(journey.Select(j => j.GetProperty("eventId").GetString()).SequenceEqual(touches.Select(t => t.EventId)),
            $"journey [{string.Join(",", touches.Select(t => t.EventId))}]");
        if (errors.Count > 0)
        {
            return errors;
        }

        for (var i = 0; i < journey.Count; i++)
        {
            var milestones = journey[i].GetProperty("milestones").EnumerateArray().Select(m => m.GetString()).ToList();
            var actualMilestones = MilestoneNames.Of(actual.Journey.Milestones[i]);
            Check(milestones.SequenceEqual(actualMilestones), $"{touches[i].EventId} milestones [{string.Join(",", actualMilestones)}] expected [{string.Join(",", milestones)}]");
            Check(journey[i].GetProperty("channel").GetString() == touches[i].Channel, $"{touches[i].EventId} channel");
            Check(string.Equals(journey[i].GetProperty("origin").GetString(), touches[i].Origin.ToString(), StringComparison.OrdinalIgnoreCase), $"{touches[i].EventId} origin");
        }

        var models = expected.GetProperty("models");
        Check(models.EnumerateObject().Count() == AttributionModels.All.Count, "model count");
        foreach (var model in models.EnumerateObject())
        {
            Check(AttributionModels.TryParse(model.Name, out var m), $"unknown model {model.Name}");
            var result = actual.For(m);
            var rows = model.Value.EnumerateArray().ToList();
            Check(rows.Sum(r => r.GetProperty("amount").GetDecimal()) == result.Amounts.Sum(), $"{model.Name} total {result.Amounts.Sum()}");
            for (var i = 0; i < rows.Count; i++)
            {
                var credit = rows[i].GetProperty("credit").GetDouble();
                var amount = rows[i].GetProperty("amount").GetDecimal();
                Check(Math.Abs(credit - result.Credits[i]) <= CreditTolerance,
                    $"{model.Name} {touches[i].EventId} credit {result.Credits[i].ToString("R", CultureInfo.InvariantCulture)} expected {credit.ToString("R", CultureInfo.InvariantCulture)}");
                Check(Math.Abs(amount - result.Amounts[i]) <= 0.01m, $"{model.Name} {touches[i].EventId} amount {result.Amounts[i]} expected {amount}");
            }
        }

        return errors;
    }
}
