using System.Collections.ObjectModel;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Scoring;

/// <summary>
/// The configurable scoring rules of domain §4 (immutable). <see cref="Default"/> holds the spec's
/// defaults; <see cref="FromJson"/> overrides only what a JSON document names. Behavioural points are
/// keyed by touch type (lower-case); a type not listed scores 0.
/// </summary>
public sealed partial record ScoringRules
{
    public double MqlThreshold { get; init; } = 100;
    public double ScoreHalfLifeDays { get; init; } = 60;

    /// <summary>At most this many raw <c>page_view</c> points per UTC day (pricing views excluded).</summary>
    public double PageViewDailyCap { get; init; } = 10;

    /// <summary>A page view whose URL contains this (case-insensitive) scores <see cref="PricingPagePoints"/>, uncapped.</summary>
    public string PricingPageFragment { get; init; } = "/pricing";

    public double PricingPagePoints { get; init; } = 10;

    public IReadOnlyDictionary<string, double> BehaviouralPoints { get; init; } = DefaultBehaviour;

    /// <summary>Seniority rules, first match wins.</summary>
    public IReadOnlyList<TitleRule> TitleRules { get; init; } = DefaultTitles;

    /// <summary>Size bands; the band with the largest <see cref="CompanySizeBand.MinSize"/> at or below the size applies.</summary>
    public IReadOnlyList<CompanySizeBand> CompanySizeBands { get; init; } = DefaultSizes;

    /// <summary>Compared case-insensitively and trimmed.</summary>
    public IReadOnlyList<string> IdealCustomerIndustries { get; init; } = DefaultIndustries;

    public double IdealCustomerPoints { get; init; } = 10;
    public double FreeMailPoints { get; init; } = -10;

    private static readonly ReadOnlyDictionary<string, double> DefaultBehaviour = new(new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [TouchpointTypes.PageView] = 1,
        [TouchpointTypes.EmailOpen] = 1,
        [TouchpointTypes.EmailClick] = 3,
        [TouchpointTypes.ContentDownload] = 10,
        [TouchpointTypes.WebinarRegistered] = 10,
        [TouchpointTypes.WebinarAttended] = 20,
        [TouchpointTypes.EventAttended] = 15,
        [TouchpointTypes.Chat] = 5,
        [TouchpointTypes.FormFill] = 5,
        [TouchpointTypes.DemoRequest] = 50,
        [TouchpointTypes.ContactRequest] = 50,
        [TouchpointTypes.MeetingBooked] = 50,
        [TouchpointTypes.Unsubscribe] = -20,
    });

    private static readonly TitleRule[] DefaultTitles =
    [
        new("c_level", ["chief", "ceo", "cto", "cfo", "coo", "cmo", "cio", "cro", "cso", "founder", "cofounder", "owner"], 20),
        new("vp", ["vp", "svp", "evp", "vice president"], 15),
        new("head_director", ["head", "director"], 10),
        new("manager", ["manager"], 5),
        new("student_intern", ["student", "intern", "internship", "trainee"], -20),
    ];

    private static readonly CompanySizeBand[] DefaultSizes = [new(1000, 15), new(200, 10), new(50, 5)];

    private static readonly string[] DefaultIndustries =
        ["software", "saas", "financial services", "banking", "insurance", "consulting", "marketing agency"];

    // Declared after the defaults above: static initialisers run in textual order.
    public static ScoringRules Default { get; } = new();

    public double PointsFor(string type) => BehaviouralPoints.TryGetValue(type, out var points) ? points : 0;
}
