using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Tests.Pipeline;
using Cascade.Domain.Touchpoints;
using CsCheck;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Lifecycle;

/// <summary>
/// Domain §3 as revised: the CRM is the authority on deals. Whole flows from a deal's versions (through
/// <see cref="OpportunityFact.For"/>) and a person's touches and sales actions to their lifecycle history.
/// </summary>
public sealed class CrmLifecycleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");
    private static readonly EmailAddress Bob = EmailAddress.Parse("bob@acme.com");

    [Fact]
    public void Flow_ContactNamedBeforeAnyTouch_IsIdentifiedByTheCrm_Opportunity_Customer()
    {
        var deal = Deal(createdDay: 1, wonDay: 30, contacts: [Ada]);

        var result = Replay(deal, touches: [Touch("e01", 10, "form_fill")]);

        Assert.Equal(
            [(Anonymous, Known, Day(1), "identified_by_crm"), (Known, LifecycleStage.Opportunity, Day(1), "crm_opportunity_opened"), (LifecycleStage.Opportunity, Customer, Day(30), "crm_opportunity_won")],
            result.History.Select(h => (h.From, h.To, h.At, h.Cause.Action)));
        Assert.All(result.History, h => Assert.Equal("opp-1", h.Cause.OpportunityId));
        Assert.Null(result.KnownBy);
        Assert.Equal(Customer, result.State.Stage);
    }

    [Fact]
    public void Flow_DormantContactNamedOnAnOpenDeal_Opportunity_ThenCustomerWhenWon()
    {
        var deal = Deal(createdDay: 100, wonDay: 120, contacts: [Ada]);

        var result = Replay(deal, touches: [Touch("e01", 0, "form_fill")]);

        Assert.Equal(
            [(Anonymous, Known, Day(0)), (Known, Dormant, Day(90)), (Dormant, LifecycleStage.Opportunity, Day(100)), (LifecycleStage.Opportunity, Customer, Day(120))],
            result.History.Select(h => (h.From, h.To, h.At)));
    }

    [Fact]
    public void Flow_ContactDormantMeanwhile_NamedOnlyByTheWinningVersion_IsCustomer()
    {
        // The deal named Bob alone until the closing version, which names Ada too; Ada went dormant meanwhile.
        var builder = new OpportunityBuilder("opp-1", "2026-04-15", 10_000m, "2026-06-30");
        var open = builder.Last with { ContactEmails = [Bob] };
        var won = open with
        {
            ContactEmails = [Bob, Ada],
            Status = OpportunityStatus.Won,
            Stage = "closed_won",
            ClosedAt = Day(120),
            UpdatedAt = Day(120),
        };
        var history = OpportunityHistory.FromArrivals([won, open])[0];

        var result = Replay(history, touches: [Touch("e01", 0, "form_fill")]);

        Assert.Equal(
            [(Anonymous, Known), (Known, Dormant), (Dormant, Customer)],
            result.History.Select(h => (h.From, h.To)));
        Assert.Equal(Day(120), result.History[^1].At);
    }

    [Fact]
    public void Flow_RecycledContactOnAWonDeal_Opportunity_Customer()
    {
        var actions = new[]
        {
            new SalesAction(Day(2), new LeadRejected("no budget", "sam")),
        };
        var deal = Deal(createdDay: 20, wonDay: 50, contacts: [Ada]);

        var result = Replay(deal, touches: [Touch("e01", 1, "demo_request")], actions);

        Assert.Equal(
            [Known, Mql, SalesRejected, Recycled, LifecycleStage.Opportunity, Customer],
            result.History.Select(h => h.To));
        Assert.Equal((Recycled, Day(20)), (result.History[4].From, result.History[4].At));
    }

    [Fact]
    public void Flow_DisqualifiedContactOnAWonDeal_Opportunity_Customer()
    {
        var actions = new[] { new SalesAction(Day(3), new LeadDisqualified("student", "sam")) };
        var deal = Deal(createdDay: 20, wonDay: 50, contacts: [Ada]);

        var result = Replay(deal, touches: [Touch("e01", 1, "form_fill")], actions);

        Assert.Equal(
            [(Anonymous, Known), (Known, Disqualified), (Disqualified, LifecycleStage.Opportunity), (LifecycleStage.Opportunity, Customer)],
            result.History.Select(h => (h.From, h.To)));
    }

    [Fact]
    public void Flow_EveryContactOfAWonDeal_ReadsCustomer_WhateverTheirStageMeanwhile()
    {
        var deal = Deal(createdDay: 100, wonDay: 200, contacts: [Ada]);
        var stages = new[]
        {
            Replay(deal, touches: [Touch("e01", 0, "page_view")]),
            Replay(deal, touches: [Touch("e01", 1, "demo_request")], [new SalesAction(Day(2), new LeadRejected("timing", "sam"))]),
            Replay(deal, touches: [Touch("e01", 1, "page_view")], [new SalesAction(Day(150), new LeadDisqualified("competitor", "sam"))]),
        };

        Assert.All(stages, s => Assert.Equal(Customer, s.State.Stage));
    }

    [Fact]
    public void For_AccountDeal_NamesTheAccountsPeopleFromTheCreation()
    {
        var history = Deal(createdDay: 5, wonDay: 9, contacts: []);

        var facts = OpportunityFact.For(history, Ada, "acme.com");

        Assert.Equal(
            [new OpportunityFact("opp-1", OpportunityFactKind.Opened, Day(5)), new OpportunityFact("opp-1", OpportunityFactKind.Won, Day(9))],
            facts);
        Assert.Empty(OpportunityFact.For(history, Ada, "other.com"));
    }

    [Fact]
    public void For_ContactFirstNamedOnALostDeal_TellsNothing()
    {
        var builder = new OpportunityBuilder("opp-1", "2026-04-15", 10_000m, "2026-06-30");
        var open = builder.Last with { ContactEmails = [Bob] };
        var lost = open with { ContactEmails = [Bob, Ada], Status = OpportunityStatus.Lost, Stage = "closed_lost", ClosedAt = Day(120), UpdatedAt = Day(120) };
        var history = OpportunityHistory.FromArrivals([open, lost])[0];

        Assert.Empty(OpportunityFact.For(history, Ada, "acme.com"));
    }

    [Fact]
    public void Flow_DealVersionsInAnyOrder_GiveTheSameLifecycle()
    {
        // Bob alone, then Ada added, the amount changed, lost, reopened and won: six versions, any arrival order.
        var open = new Cascade.Domain.Pipeline.Opportunity
        {
            OpportunityId = "opp-1",
            AccountDomain = "acme.com",
            ContactEmails = [Bob],
            Amount = 10_000m,
            CloseDate = new DateOnly(2026, 9, 30),
            Status = OpportunityStatus.Open,
            Stage = "discovery",
            CreatedAt = Day(10),
            UpdatedAt = Day(10),
        };
        var versions = new[]
        {
            open,
            open with { ContactEmails = [Bob, Ada], UpdatedAt = Day(20) },
            open with { ContactEmails = [Bob, Ada], Amount = 12_000m, UpdatedAt = Day(30) },
            open with { ContactEmails = [Bob, Ada], Amount = 12_000m, Status = OpportunityStatus.Lost, Stage = "closed_lost", ClosedAt = Day(40), UpdatedAt = Day(40) },
            open with { ContactEmails = [Bob, Ada], Amount = 12_000m, Stage = "negotiation", UpdatedAt = Day(50) },
            open with { ContactEmails = [Bob, Ada], Amount = 12_000m, Status = OpportunityStatus.Won, Stage = "closed_won", ClosedAt = Day(60), UpdatedAt = Day(60) },
        };
        Touchpoint[] touches = [Touch("e01", 1, "form_fill")];
        var expected = Replay(OpportunityHistory.FromArrivals(versions)[0], touches);

        Gen.Int.Sample(seed =>
        {
            var shuffled = versions.ToArray();
            new Random(seed).Shuffle(shuffled);

            var actual = Replay(OpportunityHistory.FromArrivals(shuffled)[0], touches);

            return actual.State == expected.State && actual.History.SequenceEqual(expected.History);
        }, iter: 200);
        Assert.Equal(
            [(Known, Day(1)), (LifecycleStage.Opportunity, Day(20)), (Lost, Day(40)), (Recycled, Day(40)), (LifecycleStage.Opportunity, Day(50)), (Customer, Day(60))],
            expected.History.Select(h => (h.To, h.At)));
    }

    private static DateTimeOffset Day(double days) => T0.AddDays(days);

    private static Touchpoint Touch(string id, double days, string type) => Touchpoint.Create(id, Day(days), type, Ada);

    /// <summary>A deal of acme.com created on <paramref name="createdDay"/> and won on <paramref name="wonDay"/>, its versions arriving newest first.</summary>
    private static OpportunityHistory Deal(double createdDay, double wonDay, EmailAddress[] contacts)
    {
        var open = new Cascade.Domain.Pipeline.Opportunity
        {
            OpportunityId = "opp-1",
            AccountDomain = "acme.com",
            ContactEmails = contacts,
            Amount = 10_000m,
            CloseDate = DateOnly.FromDateTime(Day(wonDay).UtcDateTime),
            Status = OpportunityStatus.Open,
            Stage = "discovery",
            CreatedAt = Day(createdDay),
            UpdatedAt = Day(createdDay),
        };
        var won = open with { Status = OpportunityStatus.Won, Stage = "closed_won", ClosedAt = Day(wonDay), UpdatedAt = Day(wonDay) };
        return OpportunityHistory.FromArrivals([won, open])[0];
    }

    private static LeadReplayResult Replay(OpportunityHistory deal, Touchpoint[] touches, SalesAction[]? actions = null) =>
        LeadReplay.Run(
            new LeadFacts
            {
                Email = Ada,
                Touches = touches,
                SalesActions = actions ?? [],
                Opportunities = [.. OpportunityFact.For(deal, Ada, "acme.com")],
            },
            LeadSettings.Default,
            Day(400));
}
