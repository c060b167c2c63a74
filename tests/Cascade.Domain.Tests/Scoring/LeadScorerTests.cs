using Cascade.Domain.Identity;
using Cascade.Domain.Scoring;
using Cascade.Domain.Touchpoints;
using CsCheck;

namespace Cascade.Domain.Tests.Scoring;

public sealed class LeadScorerTests
{
    private static readonly DateTimeOffset Day0 = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");

    private static Touchpoint Touch(string id, DateTimeOffset at, string type, string? url = null, Profile? profile = null) =>
        Touchpoint.Create(id, at, type, Ada, pageUrl: url, profile: profile);

    private static LeadScore Score(IReadOnlyList<Touchpoint> touches, DateTimeOffset asOf, ScoringRules? rules = null,
        EmailAddress? email = null, Profile? baseProfile = null, DateTimeOffset? reset = null, bool frozen = false) =>
        LeadScorer.Score(
            new ScoringInput { Email = email ?? Ada, Touches = touches, BaseProfile = baseProfile, BehaviourResetAt = reset, BehaviourFrozen = frozen },
            asOf,
            rules ?? ScoringRules.Default);

    private static double? RulePoints(LeadScore score, string rule) =>
        score.Rules.SingleOrDefault(r => r.Rule == rule)?.Points;

    [Theory]
    [InlineData("Chief Marketing Officer", "title:c_level", 20)]
    [InlineData("CEO", "title:c_level", 20)]
    [InlineData("Co-Founder", "title:c_level", 20)]
    [InlineData("VP Sales", "title:vp", 15)]
    [InlineData("Vice President, Marketing", "title:vp", 15)]
    [InlineData("Head of Growth", "title:head_director", 10)]
    [InlineData("Director of IT", "title:head_director", 10)]
    [InlineData("Marketing Manager", "title:manager", 5)]
    [InlineData("Intern", "title:student_intern", -20)]
    [InlineData("PhD Student", "title:student_intern", -20)]
    public void Score_JobTitle_ScoresItsSeniority(string title, string rule, double points)
    {
        var score = Score([], Day0, baseProfile: new Profile { JobTitle = title });

        Assert.Equal(points, RulePoints(score, rule));
        Assert.Equal(points, score.Demographic);
    }

    [Theory]
    [InlineData("Software Engineer")]
    [InlineData("Internal Audit Lead")]
    [InlineData("Analyst")]
    public void Score_TitleWithoutSeniorityWord_ScoresNothing(string title)
    {
        Assert.Empty(Score([], Day0, baseProfile: new Profile { JobTitle = title }).Rules);
    }

    [Theory]
    [InlineData(1500, 15)]
    [InlineData(1000, 15)]
    [InlineData(999, 10)]
    [InlineData(200, 10)]
    [InlineData(199, 5)]
    [InlineData(50, 5)]
    [InlineData(49, 0)]
    public void Score_CompanySize_ScoresItsBand(int size, double points)
    {
        Assert.Equal(points, Score([], Day0, baseProfile: new Profile { CompanySize = size }).Demographic);
    }

    [Theory]
    [InlineData("SaaS", 10)]
    [InlineData(" Financial Services ", 10)]
    [InlineData("marketing agency", 10)]
    [InlineData("Retail", 0)]
    public void Score_Industry_IdealCustomerListIsCaseInsensitive(string industry, double points)
    {
        Assert.Equal(points, Score([], Day0, baseProfile: new Profile { Industry = industry }).Demographic);
    }

    [Theory]
    [InlineData("bob@gmail.com", -10)]
    [InlineData("bob@gmx.de", -10)]
    [InlineData("bob@acme.com", 0)]
    public void Score_FreeMailAddress_Penalised(string email, double points)
    {
        Assert.Equal(points, Score([], Day0, email: EmailAddress.Parse(email)).Demographic);
    }

    [Theory]
    [InlineData(0, 5)]
    [InlineData(60, 2.5)]
    [InlineData(120, 1.25)]
    public void Score_BehaviouralPoints_HalveEveryHalfLife(int daysLater, double expected)
    {
        var score = Score([Touch("e1", Day0, "form_fill")], Day0.AddDays(daysLater));

        Assert.Equal(expected, score.Behavioural, 10);
        Assert.Equal(expected, RulePoints(score, "behaviour:form_fill")!.Value, 10);
    }

    [Fact]
    public void Score_PageViews_CappedAtTenPointsPerUtcDay()
    {
        var dayOne = Enumerable.Range(0, 15).Select(i => Touch($"a{i:00}", Day0.AddMinutes(i), "page_view"));
        var dayTwo = Enumerable.Range(0, 5).Select(i => Touch($"b{i:00}", Day0.AddDays(1).AddMinutes(i), "page_view"));

        var score = Score([.. dayOne, .. dayTwo], Day0.AddDays(1).AddHours(1), ScoringRules.Default with { ScoreHalfLifeDays = 1e9 });

        Assert.Equal(15, score.Behavioural, 6);
    }

    [Fact]
    public void Score_PricingViews_ScoreTenEachAndAreNotCapped()
    {
        var plain = Enumerable.Range(0, 12).Select(i => Touch($"a{i:00}", Day0.AddMinutes(i), "page_view", "/blog"));
        var pricing = Enumerable.Range(0, 3).Select(i => Touch($"p{i}", Day0.AddMinutes(30 + i), "page_view", "https://x.io/Pricing?plan=pro"));

        var score = Score([.. plain, .. pricing], Day0.AddHours(1), ScoringRules.Default with { ScoreHalfLifeDays = 1e9 });

        Assert.Equal(10, RulePoints(score, "behaviour:page_view")!.Value, 6);
        Assert.Equal(30, RulePoints(score, "behaviour:pricing_page")!.Value, 6);
    }

    [Fact]
    public void Score_PageViewCap_AppliesToRawPointsBeforeDecay()
    {
        var views = Enumerable.Range(0, 12).Select(i => Touch($"a{i:00}", Day0.AddMinutes(i), "page_view"));

        var score = Score([.. views], Day0.AddMinutes(11).AddDays(60));

        Assert.InRange(score.Behavioural, 5.0, 5.001);
    }

    [Fact]
    public void Score_UnknownAndSalesTypes_ScoreNothing()
    {
        var score = Score([Touch("e1", Day0, "hologram_call"), Touch("e2", Day0, "sales_call"), Touch("e3", Day0, "ad_click")], Day0);

        Assert.Equal(0, score.Total);
        Assert.Empty(score.Rules);
    }

    [Fact]
    public void Score_TouchesAfterAsOf_Ignored()
    {
        var score = Score([Touch("e1", Day0, "form_fill"), Touch("e2", Day0.AddDays(1), "demo_request")], Day0);

        Assert.Equal(5, score.Total);
    }

    [Fact]
    public void Score_AfterRecycling_OnlyLaterTouchesCount()
    {
        var touches = new[] { Touch("e1", Day0, "demo_request"), Touch("e2", Day0.AddDays(1), "form_fill") };

        var score = Score(touches, Day0.AddDays(1), reset: Day0, baseProfile: new Profile { JobTitle = "CEO" });

        Assert.Equal(25, score.Total);
        Assert.Null(RulePoints(score, "behaviour:demo_request"));
    }

    [Fact]
    public void Score_FanOrDisqualified_KeepsDemographicDropsBehaviour()
    {
        var score = Score([Touch("e1", Day0, "demo_request")], Day0, baseProfile: new Profile { CompanySize = 5000 }, frozen: true);

        Assert.Equal((15d, 0d, 15d), (score.Demographic, score.Behavioural, score.Total));
    }

    [Fact]
    public void Score_Profile_IsTheOverlayKnownAtTheScoringInstant()
    {
        var touches = new[]
        {
            Touch("e1", Day0, "email_open", profile: new Profile { JobTitle = "Marketing Manager", Industry = "Retail" }),
            Touch("e2", Day0.AddDays(1), "email_open", profile: new Profile { JobTitle = "VP Marketing" }),
            Touch("e3", Day0.AddDays(2), "email_open", profile: new Profile { JobTitle = "CEO" }),
        };

        var score = Score(touches, Day0.AddDays(1), baseProfile: new Profile { Industry = "SaaS", JobTitle = "Intern" });

        Assert.Equal(15, RulePoints(score, "title:vp"));
        Assert.Null(RulePoints(score, "industry:ideal_customer"));
    }

    [Fact]
    public void Score_RulesExplainTheTotal()
    {
        var touches = new[] { Touch("e1", Day0, "webinar_attended"), Touch("e2", Day0.AddDays(3), "email_click"), Touch("e3", Day0.AddDays(9), "unsubscribe") };

        var score = Score(touches, Day0.AddDays(20), baseProfile: new Profile { JobTitle = "Head of Sales", CompanySize = 300, Industry = "Banking" });

        Assert.Equal(score.Exact, score.Rules.Sum(r => r.Points), 1);
        Assert.Equal(Math.Round(score.Exact, 2), score.Total);
        Assert.Equal(["title:head_director", "company_size:200+", "industry:ideal_customer", "behaviour:email_click", "behaviour:unsubscribe", "behaviour:webinar_attended"],
            score.Rules.Select(r => r.Rule));
    }

    [Fact]
    public void Score_ThresholdComparesTheUnroundedTotal()
    {
        var rules = ScoringRules.Default with { IdealCustomerPoints = 99.996 };

        var score = Score([], Day0, rules, baseProfile: new Profile { Industry = "saas" });

        Assert.Equal(100, score.Total);
        Assert.False(score.ReachesThreshold);
    }

    [Fact]
    public void Score_ShuffledTouches_SameScore()
    {
        Arbitraries.Touches.Select(Gen.Int, (touches, seed) => (touches, seed)).Sample(sample =>
        {
            var (touches, seed) = sample;
            var shuffled = touches.ToArray();
            new Random(seed).Shuffle(shuffled);
            var asOf = Day0.AddDays(40);

            var a = Score(touches, asOf);
            var b = Score(shuffled, asOf);

            return a.Exact.Equals(b.Exact) && a.Rules.SequenceEqual(b.Rules);
        }, iter: 200);
    }

    private static class Arbitraries
    {
        private static readonly string[] Types =
            ["page_view", "email_open", "email_click", "form_fill", "webinar_attended", "unsubscribe", "demo_request", "ad_click"];

        /// <summary>Up to 40 touches over 40 days, some sharing an instant, pricing views among the page views.</summary>
        public static readonly Gen<Touchpoint[]> Touches =
            Gen.Select(Gen.Int[0, 40 * 24], Gen.Int[0, Types.Length - 1], Gen.Bool)
                .Array[0, 40]
                .Select(items => items.Select((x, i) =>
                    Touch($"e{i:000}", Day0.AddHours(x.Item1), Types[x.Item2], x.Item3 ? "/pricing" : "/blog")).ToArray());
    }

    [Fact]
    public void Score_SurveyAnswer_ScoresNothingEvenWhenTheRulesNameIt()
    {
        var rules = ScoringRules.Default with
        {
            BehaviouralPoints = new Dictionary<string, double>(ScoringRules.Default.BehaviouralPoints) { [TouchpointTypes.NpsResponse] = 30 },
        };

        var score = Score([Touch("e1", Day0, TouchpointTypes.NpsResponse)], Day0, rules);

        Assert.Equal(0, score.Behavioural);
        Assert.Null(RulePoints(score, TouchpointTypes.NpsResponse));
    }
}
