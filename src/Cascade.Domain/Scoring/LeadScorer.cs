using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Scoring;

/// <summary>
/// Scores a person as of an instant (domain §4), from stored facts only, so the same facts give the same
/// score whatever the order they arrived in. Rules where the spec is silent:
/// <list type="bullet">
/// <item>Demographic points use the profile as known at <c>asOf</c>: the base profile, then the profiles
/// of the touches at or before <c>asOf</c> laid over it in chronological order. They do not decay and are
/// not reset by recycling.</item>
/// <item>The page-view cap applies to raw points before decay: the first page views of a UTC day (in
/// chronological order) take the day's 10 points, and each then decays from its own instant. Pricing
/// views neither use nor are limited by the cap.</item>
/// <item>Behavioural points of a fan or a disqualified person are 0.</item>
/// <item>A survey answer (<c>nps_response</c>) is no behaviour: it scores nothing, whatever the rules say.</item>
/// <item>Behavioural contributions are grouped by rule (touch type, or <c>pricing_page</c>).</item>
/// </list>
/// </summary>
public static class LeadScorer
{
    private const int Decimals = 2;

    public static LeadScore Score(ScoringInput input, DateTimeOffset asOf, ScoringRules rules)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(rules);
        var touches = input.Touches.Where(t => t.OccurredAt <= asOf).Order(Touchpoint.Chronological).ToList();

        var demographic = Demographic(input.Email, ProfileOf(input.BaseProfile, touches), rules);
        var behavioural = input.BehaviourFrozen
            ? []
            : Behavioural(touches.Where(t => !TouchpointTypes.IsSurveyAnswer(t.Type) && (input.BehaviourResetAt is not { } reset || t.OccurredAt > reset)), asOf, rules);

        var demographicSum = demographic.Sum(c => c.Points);
        var behaviouralSum = behavioural.Sum(c => c.Points);
        var exact = demographicSum + behaviouralSum;
        return new LeadScore
        {
            Total = Round(exact),
            Demographic = Round(demographicSum),
            Behavioural = Round(behaviouralSum),
            Rules = demographic.Concat(behavioural).Select(c => c with { Points = Round(c.Points) }).ToList(),
            Exact = exact,
            ReachesThreshold = exact >= rules.MqlThreshold,
        };
    }

    /// <summary>The profile as known at <paramref name="asOf"/>: later non-empty fields win.</summary>
    public static Profile ProfileAsOf(Profile? baseProfile, IEnumerable<Touchpoint> touches, DateTimeOffset asOf) =>
        ProfileOf(baseProfile, touches.Where(t => t.OccurredAt <= asOf).Order(Touchpoint.Chronological));

    private static Profile ProfileOf(Profile? baseProfile, IEnumerable<Touchpoint> chronological) =>
        chronological.Aggregate(baseProfile ?? Profile.Empty, (profile, t) => profile.Overlay(t.Profile));

    private static List<ScoreContribution> Demographic(EmailAddress? email, Profile profile, ScoringRules rules)
    {
        var contributions = new List<ScoreContribution>();
        if (!string.IsNullOrWhiteSpace(profile.JobTitle))
        {
            var title = TitleText.Normalize(profile.JobTitle);
            if (rules.TitleRules.FirstOrDefault(r => r.Matches(title)) is { } rule)
            {
                contributions.Add(new ScoreContribution($"title:{rule.Name}", rule.Points));
            }
        }

        if (profile.CompanySize is { } size
            && rules.CompanySizeBands.Where(b => b.MinSize <= size).MaxBy(b => b.MinSize) is { } band)
        {
            contributions.Add(new ScoreContribution($"company_size:{band.MinSize}+", band.Points));
        }

        if (profile.Industry is { } industry
            && rules.IdealCustomerIndustries.Any(i => string.Equals(i.Trim(), industry.Trim(), StringComparison.OrdinalIgnoreCase)))
        {
            contributions.Add(new ScoreContribution("industry:ideal_customer", rules.IdealCustomerPoints));
        }

        if (email is { } e && FreeMailDomains.Contains(e.Domain))
        {
            contributions.Add(new ScoreContribution("email:free_mail", rules.FreeMailPoints));
        }

        return contributions.Where(c => c.Points != 0).ToList();
    }

    private static List<ScoreContribution> Behavioural(IEnumerable<Touchpoint> chronological, DateTimeOffset asOf, ScoringRules rules)
    {
        var byRule = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var pageViewPointsByDay = new Dictionary<DateOnly, double>();
        foreach (var t in chronological)
        {
            var (rule, raw) = RawPoints(t, rules, pageViewPointsByDay);
            if (raw == 0)
            {
                continue;
            }

            var ageDays = (asOf - t.OccurredAt).TotalDays;
            byRule[rule] = byRule.GetValueOrDefault(rule) + (raw * Math.Pow(0.5, ageDays / rules.ScoreHalfLifeDays));
        }

        return byRule.Select(r => new ScoreContribution($"behaviour:{r.Key}", r.Value)).ToList();
    }

    private static (string Rule, double Raw) RawPoints(Touchpoint t, ScoringRules rules, Dictionary<DateOnly, double> pageViewPointsByDay)
    {
        if (t.Type != TouchpointTypes.PageView)
        {
            return (t.Type, rules.PointsFor(t.Type));
        }

        if (t.PageUrl is { } url && url.Contains(rules.PricingPageFragment, StringComparison.OrdinalIgnoreCase))
        {
            return ("pricing_page", rules.PricingPagePoints);
        }

        var points = rules.PointsFor(t.Type);
        if (points <= 0)
        {
            return (t.Type, points);
        }

        var day = DateOnly.FromDateTime(t.OccurredAt.UtcDateTime);
        var used = pageViewPointsByDay.GetValueOrDefault(day);
        var granted = Math.Max(0, Math.Min(points, rules.PageViewDailyCap - used));
        pageViewPointsByDay[day] = used + granted;
        return (t.Type, granted);
    }

    private static double Round(double value) => Math.Round(value, Decimals, MidpointRounding.ToEven);
}
