using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;
using Cascade.Domain.Touchpoints;
using CsCheck;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Lifecycle;

public sealed class LeadReplayTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");
    private static readonly Profile Senior = new() { JobTitle = "VP Marketing", CompanySize = 1200, Industry = "SaaS" };

    private static Touchpoint Mine(string id, double days, string type, Profile? profile = null) =>
        Touchpoint.Create(id, T0.AddDays(days), type, Ada, anonymousId: "cookie-1", profile: profile);

    private static Touchpoint Anon(string id, double days, string type, string? url = null) =>
        Touchpoint.Create(id, T0.AddDays(days), type, anonymousId: "cookie-1", pageUrl: url);

    private static LeadReplayResult Replay(IEnumerable<Touchpoint> touches, IEnumerable<SalesAction>? actions = null,
        IEnumerable<OpportunityFact>? opportunities = null, DateTimeOffset? until = null) =>
        LeadReplay.Run(
            new LeadFacts { Email = Ada, Touches = [.. touches], SalesActions = [.. actions ?? []], Opportunities = [.. opportunities ?? []] },
            LeadSettings.Default,
            until);

    [Fact]
    public void Run_FirstTouchWithEmail_MakesKnown_StitchedHistoryCountsTowardsMqlByScore()
    {
        // 40 (demographic) + stitched pricing views 3×10 + form fill 5 + webinar 20 + content 10 = 105, minus ~1 of decay.
        var touches = new[]
        {
            Anon("e01", 0, "page_view", "/pricing"), Anon("e02", 0.1, "page_view", "/pricing"), Anon("e03", 0.2, "page_view", "/pricing"),
            Mine("e04", 1, "form_fill", Senior), Mine("e05", 2, "webinar_attended"), Mine("e06", 2.5, "content_download"),
            Mine("e07", 3, "email_open"), Mine("e08", 4, "content_download"),
        };

        var result = Replay(touches);

        Assert.Equal("e04", result.KnownBy);
        Assert.Equal("e06", result.MqlBy);
        Assert.Equal([Known, Mql], result.History.Select(h => h.To));
        var mql = result.History[1];
        Assert.Equal(("mql_by_score", "e06"), (mql.Cause.Action, mql.Cause.TouchpointId));
        Assert.True(mql.Cause.Score >= 100);
    }

    [Fact]
    public void Run_HandRaiser_MakesMqlAtOnce()
    {
        var result = Replay([Anon("e01", 0, "page_view"), Mine("e02", 1, "sales_call"), Mine("e03", 2, "demo_request"), Mine("e04", 3, "demo_request")]);

        Assert.Equal(("e02", "e03"), (result.KnownBy, result.MqlBy));
        Assert.Equal(Mql, result.State.Stage);
    }

    [Fact]
    public void Run_Fan_NeverBecomesMql()
    {
        var actions = new[] { new SalesAction(T0.AddDays(1.5), new FanMarked("ana")) };

        var result = Replay([Mine("e01", 1, "form_fill"), Mine("e02", 2, "demo_request")], actions);

        Assert.Null(result.MqlBy);
        Assert.Equal(Known, result.State.Stage);
        Assert.True(result.State.IsFan);
    }

    [Fact]
    public void Run_Disqualified_NoMqlEvenOnHandRaise()
    {
        var actions = new[] { new SalesAction(T0.AddDays(1.5), new LeadDisqualified("student")) };

        var result = Replay([Mine("e01", 1, "form_fill"), Mine("e02", 2, "demo_request")], actions);

        Assert.Null(result.MqlBy);
        Assert.Equal(Disqualified, result.State.Stage);
    }

    [Fact]
    public void Run_NinetyQuietDays_DormantAtLastActivityPlusNinety_ThenKnownAgainOnActivity()
    {
        var result = Replay([Mine("e01", 0, "form_fill"), Mine("e02", 200, "email_open")]);

        Assert.Equal(
            [(Anonymous, Known, T0), (Known, Dormant, T0.AddDays(90)), (Dormant, Known, T0.AddDays(200))],
            result.History.Select(h => (h.From, h.To, h.At)));
    }

    [Fact]
    public void Run_Until_PlaysMaintenanceDueByThen()
    {
        var result = Replay([Mine("e01", 0, "form_fill")], until: T0.AddDays(100));

        Assert.Equal(Dormant, result.State.Stage);
        Assert.Equal(T0.AddDays(90), result.History[^1].At);
    }

    [Fact]
    public void Run_SalesRejected_RecycledAtOnce_AndBehaviourResets()
    {
        // 85 behavioural points before recycling; without the reset the senior profile and the form fill (e04)
        // would make the lead an MQL again.
        var touches = new[] { Mine("e01", 0, "webinar_attended"), Mine("e02", 0.1, "event_attended"), Mine("e03", 0.2, "demo_request"), Mine("e04", 0.5, "form_fill", Senior) };
        var actions = new[]
        {
            new SalesAction(T0.AddHours(5), new LeadAccepted("ana")),
            new SalesAction(T0.AddHours(6), new LeadRejected("no project", "ana")),
        };

        var result = Replay(touches, actions);

        Assert.Equal([Known, Mql, Sal, SalesRejected, Recycled], result.History.Select(h => h.To));
        Assert.Equal(T0.AddHours(6), result.State.RecycledAt);
        Assert.Equal(Recycled, result.State.Stage);
        Assert.Equal("e03", result.MqlBy);
    }

    [Fact]
    public void Run_OpportunitiesOpenedAndAllLost_LostThenRecycled()
    {
        var opportunities = new[]
        {
            new OpportunityFact("opp-1", OpportunityFactKind.Opened, T0.AddDays(2)),
            new OpportunityFact("opp-2", OpportunityFactKind.Opened, T0.AddDays(3)),
            new OpportunityFact("opp-1", OpportunityFactKind.Lost, T0.AddDays(4)),
            new OpportunityFact("opp-2", OpportunityFactKind.Lost, T0.AddDays(5)),
        };

        var result = Replay([Mine("e01", 1, "demo_request")], opportunities: opportunities);

        Assert.Equal(
            [(Known, T0.AddDays(1)), (Mql, T0.AddDays(1)), (Opportunity, T0.AddDays(2)), (Lost, T0.AddDays(5)), (Recycled, T0.AddDays(5))],
            result.History.Select(h => (h.To, h.At)));
        Assert.Equal("opp-2", result.History[3].Cause.OpportunityId);
    }

    [Fact]
    public void Run_FullSalesFlow_EndsCustomer()
    {
        var actions = new[]
        {
            new SalesAction(T0.AddDays(2), new LeadAccepted("ana")),
            new SalesAction(T0.AddDays(3), new LeadQualified(new Bant("50k", "CFO", "attribution", "Q2"), "ana")),
        };
        var opportunities = new[]
        {
            new OpportunityFact("opp-1", OpportunityFactKind.Opened, T0.AddDays(4)),
            new OpportunityFact("opp-1", OpportunityFactKind.Won, T0.AddDays(40)),
        };

        var result = Replay([Mine("e01", 1, "contact_request")], actions, opportunities);

        Assert.Equal([Known, Mql, Sal, Sql, Opportunity, Customer], result.History.Select(h => h.To));
    }

    [Fact]
    public void Run_Import_MakesKnownWithoutATouch_AndItsProfileScores()
    {
        var facts = new LeadFacts
        {
            Email = Ada,
            ImportedAt = T0,
            ImportedProfile = Senior,
            Touches = [Mine("e01", 1, "webinar_attended"), Mine("e02", 1.5, "webinar_attended"), Mine("e03", 2, "content_download"), Mine("e04", 2, "event_attended")],
        };

        var result = LeadReplay.Run(facts, LeadSettings.Default);

        Assert.Null(result.KnownBy);
        Assert.Equal("identified_by_import", result.History[0].Cause.Action);
        Assert.Equal("e04", result.MqlBy);
    }

    [Fact]
    public void Run_ShuffledFacts_SameOutcome()
    {
        var touches = new[]
        {
            Anon("e01", 0, "page_view", "/pricing"), Mine("e02", 1, "form_fill", Senior), Mine("e03", 1, "email_click"),
            Mine("e04", 2, "webinar_attended"), Mine("e05", 2, "content_download"), Mine("e06", 3, "event_attended"),
            Mine("e07", 150, "email_open"), Mine("e08", 151, "demo_request"), Mine("e09", 170, "page_view"),
        };
        var actions = new[]
        {
            new SalesAction(T0.AddDays(152), new LeadAccepted("ana")),
            new SalesAction(T0.AddDays(153), new LeadRejected("timing", "ana")),
            new SalesAction(T0.AddDays(153), new FanMarked("ana")),
        };
        var opportunities = new[] { new OpportunityFact("opp-1", OpportunityFactKind.Opened, T0.AddDays(160)) };
        var expected = Replay(touches, actions, opportunities);

        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            var t = touches.ToArray();
            var a = actions.ToArray();
            random.Shuffle(t);
            random.Shuffle(a);

            var actual = Replay(t, a, opportunities);

            return actual.State == expected.State && actual.History.SequenceEqual(expected.History)
                && (actual.KnownBy, actual.MqlBy) == (expected.KnownBy, expected.MqlBy);
        }, iter: 100);
        // The CRM is the authority on deals: the recycled lead named on the opportunity moves to it (domain §3).
        Assert.Equal([Known, Mql, Sal, SalesRejected, Recycled, Opportunity], expected.History.Select(h => h.To));
    }
}
