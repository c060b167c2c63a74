using System.Text.Json;
using Cascade.Domain.Scoring;

namespace Cascade.Domain.Tests.Scoring;

public sealed class ScoringRulesTests
{
    [Fact]
    public void Default_HasTheSpecDefaults()
    {
        var rules = ScoringRules.Default;

        Assert.Equal((100d, 60d, 10d, 10d, -10d), (rules.MqlThreshold, rules.ScoreHalfLifeDays, rules.PageViewDailyCap, rules.PricingPagePoints, rules.FreeMailPoints));
        Assert.Equal(50, rules.PointsFor("demo_request"));
        Assert.Equal(-20, rules.PointsFor("unsubscribe"));
        Assert.Equal(0, rules.PointsFor("ad_click"));
        Assert.Contains("marketing agency", rules.IdealCustomerIndustries);
    }

    [Fact]
    public void FromJson_NamedScalars_OverrideOnlyThose()
    {
        var rules = ScoringRules.FromJson("""{ "mqlThreshold": 80, "freeMailPoints": -5 }""");

        Assert.Equal(80, rules.MqlThreshold);
        Assert.Equal(-5, rules.FreeMailPoints);
        Assert.Equal(60, rules.ScoreHalfLifeDays);
        Assert.Equal(ScoringRules.Default.TitleRules, rules.TitleRules);
    }

    [Fact]
    public void FromJson_BehaviouralPoints_MergePerType()
    {
        var rules = ScoringRules.FromJson("""{ "behaviouralPoints": { "Webinar_Attended": 30, "ad_click": 2 } }""");

        Assert.Equal(30, rules.PointsFor("webinar_attended"));
        Assert.Equal(2, rules.PointsFor("ad_click"));
        Assert.Equal(50, rules.PointsFor("demo_request"));
    }

    [Fact]
    public void FromJson_Lists_ReplaceTheDefaults()
    {
        var rules = ScoringRules.FromJson("""
            {
              "idealCustomerIndustries": ["Retail"],
              "companySizeBands": [{ "minSize": 10, "points": 3 }],
              "titleRules": [{ "name": "boss", "keywords": ["boss"], "points": 7 }]
            }
            """);

        Assert.Equal(["Retail"], rules.IdealCustomerIndustries);
        Assert.Equal([new CompanySizeBand(10, 3)], rules.CompanySizeBands);
        Assert.Equal("boss", Assert.Single(rules.TitleRules).Name);
    }

    [Fact]
    public void FromJson_EmptyObject_IsTheDefaults()
    {
        var rules = ScoringRules.FromJson("{}");

        Assert.Equal(ScoringRules.Default.MqlThreshold, rules.MqlThreshold);
        Assert.Equal(ScoringRules.Default.BehaviouralPoints.OrderBy(p => p.Key), rules.BehaviouralPoints.OrderBy(p => p.Key));
    }

    [Fact]
    public void FromJson_NonPositiveHalfLife_Throws()
    {
        Assert.Throws<FormatException>(() => ScoringRules.FromJson("""{ "scoreHalfLifeDays": 0 }"""));
    }

    [Fact]
    public void FromJson_NotAnObject_Throws()
    {
        Assert.ThrowsAny<JsonException>(() => ScoringRules.FromJson("[1]"));
    }
}
