using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Testing.Attribution;
using Cascade.Testing.Scenarios;

namespace Cascade.Domain.Tests.Workspace;

/// <summary>
/// One opportunity attributed from its scope's people alone gives what the whole-store analysis gives, on
/// scenario A (stitched anonymous touches, accounts without contacts, won and lost deals).
/// </summary>
public sealed class OpportunityScopeTests
{
    private static readonly DateTimeOffset AsOf = Scenario.A.SourcingTo;
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly Lazy<WorkspaceAnalysis> Whole = new(() => WorkspaceAnalysis.Build(
        new WorkspaceFacts { Touchpoints = Scenario.A.ShuffledTouchpoints(3), OpportunityUpdates = Scenario.A.OpportunityUpdates },
        WorkspaceSettings.Default,
        AsOf));

    [Theory]
    [InlineData(AttributionKind.Pipeline)]
    [InlineData(AttributionKind.Revenue)]
    public void Attribute_ScopePeopleOnly_EqualsTheWholeStoreAnalysis(AttributionKind kind)
    {
        var analysis = Whole.Value;
        var errors = new List<string>();
        foreach (var history in analysis.Opportunities)
        {
            var people = analysis.Index.PeopleOf(history.Current!);
            var scope = OpportunityScope.Build(history, people.Select(p => FactsOf(analysis, p)), WorkspaceSettings.Default, AsOf);

            var expected = analysis.Attribute(history.OpportunityId, kind);
            var actual = scope.Attribute(kind, analysis.MarkovShares);

            Assert.Equal(expected.IsAttributed, actual.IsAttributed);
            Assert.Equal(people, scope.People);
            if (expected.Attribution is { } attribution)
            {
                errors.AddRange(AttributionDifferences.Between(attribution, actual.Attribution!, AttributionModels.All));
            }
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
        Assert.Contains(analysis.Opportunities, h => h.Current!.Status == OpportunityStatus.Won);
    }

    [Theory]
    [InlineData(AttributionKind.Pipeline)]
    [InlineData(AttributionKind.Revenue)]
    public void Attribute_PartsKeptAsOfEachPersonsLastFact_EqualTheWholeStoreAnalysis(AttributionKind kind)
    {
        // The earliest a person's evaluation can keep their part: right at their last fact. Attributed later (AsOf),
        // the kept parts must give what replaying everyone as of then gives.
        var analysis = Whole.Value;
        var errors = new List<string>();
        foreach (var history in analysis.Opportunities)
        {
            var parts = analysis.Index.PeopleOf(history.Current!).Select(p => FactsOf(analysis, p)).Select(facts =>
            {
                var last = facts.LatestAt()!.Value;
                return ScopePerson.Lasting(facts, LeadReplay.Run(facts, WorkspaceSettings.Default.Leads, last), last)!;
            });
            var scope = OpportunityScope.Build(history, parts, WorkspaceSettings.Default);

            if (analysis.Attribute(history.OpportunityId, kind).Attribution is { } expected)
            {
                errors.AddRange(AttributionDifferences.Between(expected, scope.Attribute(kind, analysis.MarkovShares).Attribution!, AttributionModels.All));
            }
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Lasting_AFactAfterTheReplaysInstant_KeepsNothing()
    {
        var analysis = Whole.Value;
        var facts = FactsOf(analysis, analysis.Index.People.First());
        var last = facts.LatestAt()!.Value;

        Assert.Null(ScopePerson.Lasting(facts, LeadReplay.Run(facts, WorkspaceSettings.Default.Leads, last.AddTicks(-1)), last.AddTicks(-1)));
        Assert.NotNull(ScopePerson.Lasting(facts, LeadReplay.Run(facts, WorkspaceSettings.Default.Leads, last), last));
    }

    [Fact]
    public void Attribute_EveryPersonOfTheWorkspaceGiven_EqualsTheScopeAlone()
    {
        var analysis = Whole.Value;
        var everyone = analysis.Index.People.Select(p => FactsOf(analysis, p)).ToList();
        var errors = new List<string>();
        foreach (var history in analysis.Opportunities)
        {
            var scope = OpportunityScope.Build(history, everyone, WorkspaceSettings.Default, AsOf);

            var expected = analysis.Attribute(history.OpportunityId, AttributionKind.Pipeline).Attribution!;
            errors.AddRange(AttributionDifferences.Between(expected, scope.Attribute(AttributionKind.Pipeline, analysis.MarkovShares).Attribution!, AttributionModels.All));
        }

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors));
    }

    [Fact]
    public void Attribute_AnonymousTouchesOfAnAccountsPerson_AreInTheJourney()
    {
        var bob = EmailAddress.Parse("bob@acme.example");
        var carol = EmailAddress.Parse("carol@acme.example");
        Touchpoint[] bobs = [Touchpoint.Create("b1", T0, TouchpointTypes.FormFill, bob)];
        Touchpoint[] carols =
        [
            Touchpoint.Create("c1", T0.AddDays(1), TouchpointTypes.PageView, anonymousId: "visitor-c", channel: "organic_search"),
            Touchpoint.Create("c2", T0.AddDays(20), TouchpointTypes.FormFill, carol, "visitor-c"),
        ];
        var history = OpportunityHistory.FromArrivals([Opportunity(bob)])[0];

        var scope = OpportunityScope.Build(
            history, [new LeadFacts { Email = bob, Touches = bobs }, new LeadFacts { Email = carol, Touches = carols }], WorkspaceSettings.Default, T0.AddDays(30));
        var pipeline = scope.Attribute(AttributionKind.Pipeline, MarkovShares.Empty).Attribution!;

        Assert.Equal([bob, carol], scope.People);
        Assert.Equal(["b1", "c1"], pipeline.Journey.Touches.Select(t => t.EventId));
        Assert.False(scope.Attribute(AttributionKind.Revenue, MarkovShares.Empty).IsAttributed);
    }

    [Fact]
    public void FitMarkov_OneConvertingJourney_SharesItsChannelsEvenly()
    {
        var bob = EmailAddress.Parse("bob@acme.example");
        Touchpoint[] touches =
        [
            Touchpoint.Create("b1", T0, TouchpointTypes.AdClick, bob, channel: "paid_search"),
            Touchpoint.Create("b2", T0.AddDays(1), TouchpointTypes.EmailClick, bob, channel: "email"),
            Touchpoint.Create("b3", T0.AddDays(2), TouchpointTypes.EmailClick, bob, channel: "email"),
        ];
        var history = OpportunityHistory.FromArrivals([Opportunity(bob)])[0];

        var shares = OpportunityScope.Build(history, [new LeadFacts { Email = bob, Touches = touches }], WorkspaceSettings.Default, T0.AddDays(30)).FitMarkov();

        Assert.Equal(new Dictionary<string, double> { ["email"] = 0.5, ["paid_search"] = 0.5 }, shares.Shares);
    }

    private static Opportunity Opportunity(EmailAddress contact) => new()
    {
        OpportunityId = "acme-1",
        AccountDomain = "acme.example",
        ContactEmails = [contact],
        Amount = 10_000m,
        CloseDate = new DateOnly(2026, 6, 30),
        Status = OpportunityStatus.Open,
        CreatedAt = T0.AddDays(10),
        UpdatedAt = T0.AddDays(10),
    };

    /// <summary>A person's facts as the store gives them: their touches and the opportunities that name them (domain §3).</summary>
    private static LeadFacts FactsOf(WorkspaceAnalysis analysis, EmailAddress person) => new()
    {
        Email = person,
        Touches = analysis.Index.TouchesOf(person),
        Opportunities = analysis.Opportunities
            .Where(h => h.Current!.Names(person, analysis.Index.AccountOf(person)))
            .SelectMany(h => OpportunityFact.For(h, person, analysis.Index.AccountOf(person)))
            .ToList(),
    };
}
