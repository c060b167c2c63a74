using System.Globalization;
using System.Text.Json;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Workspace;

/// <summary>
/// Scenario A's expected answers reached through <see cref="WorkspaceAnalysis"/> — the lifecycle replay
/// giving the LC and MQ milestones, the touchpoints in arrival order and shuffled: journey order,
/// milestones, every model's credits (1e-9) and money (0.01 a touch, exact a total), sourced, influenced,
/// Markov shares, the sourcing report and the three quarters' waterfalls.
/// </summary>
public sealed class ScenarioAGoldenTests
{
    private const double CreditTolerance = 1e-9;

    /// <summary>After every fact of the scenario: the end of its sourcing window.</summary>
    private static readonly DateTimeOffset AsOf = Scenario.A.SourcingTo;

    private static readonly Dictionary<int, WorkspaceAnalysis> Computed = [];

    public static TheoryData<int> Seeds => [0, 1, 7, 2026];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Pipeline_EveryOpportunity_MatchesExpected(int seed)
    {
        var actual = ById(Attribution(seed).Attributions(AttributionKind.Pipeline));
        var expected = Scenario.A.Expected.GetProperty("pipeline");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => Mismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Revenue_EveryWonOpportunity_MatchesExpected(int seed)
    {
        var actual = ById(Attribution(seed).Attributions(AttributionKind.Revenue));
        var expected = Scenario.A.Expected.GetProperty("revenue");

        Assert.Equal(expected.EnumerateObject().Select(o => o.Name).Order(), actual.Keys.Order());
        var mismatches = expected.EnumerateObject().SelectMany(o => Mismatches(o.Value, actual[o.Name])).ToList();
        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public void Revenue_OpportunitiesNotWon_AreRefused()
    {
        var analysis = Attribution(0);

        Assert.All(
            analysis.Opportunities.Where(h => h.Current!.Status != OpportunityStatus.Won),
            h => Assert.False(analysis.Attribute(h.OpportunityId, AttributionKind.Revenue).IsAttributed));
    }

    [Fact]
    public void Attribute_UnknownOpportunity_IsRefused() =>
        Assert.NotNull(Attribution(0).Attribute("no-such-opportunity", AttributionKind.Pipeline).Refusal);

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Waterfall_EveryQuarter_MatchesExpected(int seed)
    {
        var analysis = Attribution(seed);
        foreach (var quarter in Scenario.A.Quarters)
        {
            var expected = Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter);
            var actual = analysis.Waterfall(Quarter.Parse(quarter));

            Assert.Equal(expected.GetProperty("starting").GetDecimal(), actual.Starting);
            Assert.Equal(expected.GetProperty("new").GetDecimal(), actual.New);
            Assert.Equal(expected.GetProperty("valueChange").GetDecimal(), actual.ValueChange);
            Assert.Equal(expected.GetProperty("closedWon").GetDecimal(), actual.ClosedWon);
            Assert.Equal(expected.GetProperty("closedLost").GetDecimal(), actual.ClosedLost);
            Assert.Equal(expected.GetProperty("ending").GetDecimal(), actual.Ending);
            Assert.True(actual.Reconciles);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void MarkovShares_MatchExpected(int seed)
    {
        var actual = Attribution(seed).MarkovShares.Shares;
        var expected = Scenario.A.Expected.GetProperty("markovShares").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble());

        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, e => Assert.Equal(e.Value, actual[e.Key], CreditTolerance));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void SourcingReport_OverTheSourcingWindow_MatchesExpected(int seed)
    {
        var report = Attribution(seed).Sourcing(Scenario.A.SourcingFrom, Scenario.A.SourcingTo);
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
        var analysis = Attribution(0);
        var attributions = analysis.Attributions(AttributionKind.Pipeline).Concat(analysis.Attributions(AttributionKind.Revenue)).ToList();
        var attributed = attributions.Where(a => a.Kind == kind).ToList();

        foreach (var model in AttributionModels.All)
        {
            var report = AttributionReport.Build(attributions, model, kind, AttributionGroupBy.Channel);

            Assert.Equal(attributed.Sum(a => a.Amount), report.Total.Amount);
            Assert.Equal(report.Total.Amount, report.Rows.Sum(r => r.Amount));
            Assert.Equal(attributed.Count, report.Total.Opportunities, 1e-9);
        }
    }

    private static WorkspaceAnalysis Attribution(int seed)
    {
        lock (Computed)
        {
            if (!Computed.TryGetValue(seed, out var computed))
            {
                var facts = new WorkspaceFacts
                {
                    Touchpoints = seed == 0 ? Scenario.A.Touchpoints : Scenario.A.ShuffledTouchpoints(seed),
                    OpportunityUpdates = Scenario.A.OpportunityUpdates,
                };
                computed = WorkspaceAnalysis.Build(facts, WorkspaceSettings.Default, AsOf);
                Computed[seed] = computed;
            }

            return computed;
        }
    }

    private static Dictionary<string, OpportunityAttribution> ById(IEnumerable<OpportunityAttribution> attributions) =>
        attributions.ToDictionary(a => a.OpportunityId, StringComparer.Ordinal);

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
