using Cascade.Domain.Lifecycle;
using Cascade.Domain.Lifecycle.Events;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Lifecycle;

public sealed class LeadLifecycleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset At = T0.AddDays(10);
    private static readonly Bant FullBant = new("50k", "CFO signs", "attribution", "Q2");

    /// <summary>One valid instance of every trigger, by a short name used in the table below.</summary>
    private static readonly Dictionary<string, LifecycleEvent> Events = new()
    {
        ["identified"] = LeadIdentified.ByTouch("ev-1"),
        ["mql"] = MqlReached.ByScore(120, "ev-2"),
        ["activity"] = new ActivityRecorded("ev-3"),
        ["accept"] = new LeadAccepted("ana"),
        ["reject"] = new LeadRejected("no budget", "ana"),
        ["qualify"] = new LeadQualified(FullBant, "ana"),
        ["disqualify"] = new LeadDisqualified("student", "ana"),
        ["recycle"] = new LeadRecycled(Automatic: false, "ana"),
        ["auto_recycle"] = new LeadRecycled(Automatic: true),
        ["opp_opened"] = new OpportunityOpened("opp-1"),
        ["opp_won"] = new OpportunityWon("opp-1"),
        ["opp_lost"] = new OpportunitiesLost("opp-1"),
        ["inactivity"] = new InactivityElapsed(T0),
        ["mark_fan"] = new FanMarked("ana"),
        ["unmark_fan"] = new FanUnmarked("ana"),
    };

    /// <summary>domain.md §3, row by row: every applied transition.</summary>
    private static readonly (LifecycleStage From, string Event, LifecycleStage To)[] Allowed =
    [
        (Anonymous, "identified", Known),
        (Known, "mql", Mql), (Recycled, "mql", Mql), (Dormant, "mql", Mql),
        (Mql, "accept", Sal),
        (Mql, "reject", SalesRejected), (Sal, "reject", SalesRejected),
        (Sal, "qualify", Sql),
        // The CRM is the authority on deals: any stage but customer (once identified) → opportunity, → customer.
        (Sql, "opp_opened", Opportunity), (Sal, "opp_opened", Opportunity), (Mql, "opp_opened", Opportunity), (Known, "opp_opened", Opportunity),
        (Dormant, "opp_opened", Opportunity), (Recycled, "opp_opened", Opportunity), (Lost, "opp_opened", Opportunity),
        (SalesRejected, "opp_opened", Opportunity), (Disqualified, "opp_opened", Opportunity),
        (Known, "opp_won", Customer), (Mql, "opp_won", Customer), (Sal, "opp_won", Customer), (Sql, "opp_won", Customer),
        (Opportunity, "opp_won", Customer), (Dormant, "opp_won", Customer), (Recycled, "opp_won", Customer),
        (Lost, "opp_won", Customer), (SalesRejected, "opp_won", Customer), (Disqualified, "opp_won", Customer),
        (Opportunity, "opp_lost", Lost),
        (SalesRejected, "recycle", Recycled), (Lost, "recycle", Recycled),
        (SalesRejected, "auto_recycle", Recycled), (Lost, "auto_recycle", Recycled),
        (Anonymous, "disqualify", Disqualified), (Known, "disqualify", Disqualified), (Mql, "disqualify", Disqualified),
        (Sal, "disqualify", Disqualified), (Sql, "disqualify", Disqualified), (Opportunity, "disqualify", Disqualified),
        (SalesRejected, "disqualify", Disqualified), (Recycled, "disqualify", Disqualified), (Lost, "disqualify", Disqualified),
        (Dormant, "disqualify", Disqualified),
        (Known, "inactivity", Dormant), (Recycled, "inactivity", Dormant),
        (Dormant, "activity", Known),
    ];

    /// <summary>Legitimate events that move no stage: repeats, flags, upsells of customers.</summary>
    private static readonly (LifecycleStage From, string Event)[] Unchanged =
    [
        .. Enum.GetValues<LifecycleStage>().Where(s => s != Anonymous).Select(s => (s, "identified")),
        .. Enum.GetValues<LifecycleStage>().Where(s => s != Dormant).Select(s => (s, "activity")),
        .. Enum.GetValues<LifecycleStage>().Select(s => (s, "mark_fan")),
        .. Enum.GetValues<LifecycleStage>().Select(s => (s, "unmark_fan")),
        (Mql, "mql"), (Sal, "mql"), (Sql, "mql"), (Opportunity, "mql"), (Customer, "mql"),
        (Sal, "accept"), (SalesRejected, "reject"), (Sql, "qualify"), (Disqualified, "disqualify"),
        (Recycled, "recycle"), (Recycled, "auto_recycle"),
        (Opportunity, "opp_opened"), (Customer, "opp_opened"), (Customer, "opp_won"),
        (Lost, "opp_lost"), (Customer, "opp_lost"), (Dormant, "inactivity"),
    ];

    public static TheoryData<LifecycleStage, string, TransitionOutcome, LifecycleStage> Matrix()
    {
        var data = new TheoryData<LifecycleStage, string, TransitionOutcome, LifecycleStage>();
        foreach (var stage in Enum.GetValues<LifecycleStage>())
        {
            foreach (var name in Events.Keys)
            {
                var allowed = Allowed.Where(a => a.From == stage && a.Event == name).ToList();
                if (allowed.Count == 1)
                {
                    data.Add(stage, name, TransitionOutcome.Applied, allowed[0].To);
                }
                else if (Unchanged.Contains((stage, name)))
                {
                    data.Add(stage, name, TransitionOutcome.Unchanged, stage);
                }
                else
                {
                    data.Add(stage, name, TransitionOutcome.Refused, stage);
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public void Apply_EveryStageAndEvent_FollowsTheTransitionTable(LifecycleStage from, string eventName, TransitionOutcome expected, LifecycleStage expectedStage)
    {
        var state = LeadState.In(from, T0);

        var result = LeadLifecycle.Apply(state, Events[eventName], At);

        Assert.Equal(expected, result.Outcome);
        Assert.Equal(expectedStage, result.State.Stage);
        switch (expected)
        {
            case TransitionOutcome.Applied:
                Assert.Equal(new StageTransition(from, expectedStage, At, result.Transition!.Cause), result.Transition);
                Assert.Equal(Events[eventName].Action, result.Transition.Cause.Action);
                Assert.Equal(At, result.State.StageSince);
                break;
            case TransitionOutcome.Refused:
                Assert.Same(state, result.State);
                Assert.Null(result.Transition);
                Assert.StartsWith($"Cannot move from {from.ToName()} to ", result.Reason, StringComparison.Ordinal);
                break;
            default:
                Assert.Null(result.Transition);
                Assert.False(string.IsNullOrWhiteSpace(result.Reason));
                break;
        }
    }

    [Fact]
    public void Matrix_CoversEveryStageAndEvent()
    {
        Assert.Equal(Enum.GetValues<LifecycleStage>().Length * Events.Count, Matrix().Count);
        Assert.Equal(Allowed.Length, Allowed.Distinct().Count());
    }

    [Theory]
    [InlineData(true, false, "the account already has an open opportunity")]
    [InlineData(false, true, "the account is already a customer")]
    public void Apply_AcceptWhenAccountIsTaken_RefusedAndRoutedToTheOwner(bool openOpportunity, bool customer, string why)
    {
        var result = LeadLifecycle.Apply(LeadState.In(Mql, T0), new LeadAccepted("ana", openOpportunity, customer, "owner@acme.com"), At);

        Assert.True(result.IsRefused);
        Assert.Equal("owner@acme.com", result.RoutedTo);
        Assert.Equal(Mql, result.State.Stage);
        Assert.Contains("from mql to sal", result.Reason, StringComparison.Ordinal);
        Assert.Contains(why, result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "CFO", "attribution", "Q2", "budget")]
    [InlineData("50k", " ", "attribution", "Q2", "authority")]
    [InlineData("50k", "CFO", "", "Q2", "need")]
    [InlineData("50k", "CFO", "attribution", null, "timing")]
    [InlineData(null, null, null, null, "budget, authority, need, timing")]
    public void Apply_QualifyWithIncompleteBant_RefusedNamingWhatIsMissing(string? budget, string? authority, string? need, string? timing, string missing)
    {
        var result = LeadLifecycle.Apply(LeadState.In(Sal, T0), new LeadQualified(new Bant(budget, authority, need, timing), "ana"), At);

        Assert.True(result.IsRefused);
        Assert.Equal($"Cannot move from sal to sql: BANT is incomplete, missing {missing}.", result.Reason);
    }

    [Theory]
    [InlineData(Mql)]
    [InlineData(Sal)]
    public void Apply_RejectWithoutReason_Refused(LifecycleStage from)
    {
        var result = LeadLifecycle.Apply(LeadState.In(from, T0), new LeadRejected(" ", "ana"), At);

        Assert.True(result.IsRefused);
        Assert.Contains("a reason is required", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_RejectWithReason_HistoryNamesReasonAndUser()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Sal, T0), new LeadRejected(" no budget ", "ana"), At);

        Assert.Equal(new TransitionCause { Action = "sales_reject", Reason = "no budget", User = "ana" }, result.Transition!.Cause);
    }

    [Fact]
    public void Apply_DisqualifyWithoutReason_Refused()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Known, T0), new LeadDisqualified(""), At);

        Assert.True(result.IsRefused);
    }

    [Fact]
    public void Apply_MqlByScore_HistoryNamesTouchAndScore()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Known, T0), MqlReached.ByScore(104.5, "ev-9"), At);

        Assert.Equal(new TransitionCause { Action = "mql_by_score", TouchpointId = "ev-9", Score = 104.5 }, result.Transition!.Cause);
    }

    [Fact]
    public void Apply_MqlByHandRaiser_HistoryNamesTouchWithoutScore()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Recycled, T0), MqlReached.ByHandRaiser("ev-9"), At);

        Assert.Equal(new TransitionCause { Action = "mql_by_hand_raiser", TouchpointId = "ev-9" }, result.Transition!.Cause);
    }

    [Theory]
    [InlineData(Known)]
    [InlineData(Recycled)]
    [InlineData(Dormant)]
    public void Apply_MqlForAFan_RefusedAndStageKept(LifecycleStage stage)
    {
        var result = LeadLifecycle.Apply(LeadState.In(stage, T0, isFan: true), MqlReached.ByHandRaiser("ev-9"), At);

        Assert.True(result.IsRefused);
        Assert.Contains("fans are left out of MQL", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_MarkThenUnmarkFan_KeepsStageAndTogglesFlag()
    {
        var marked = LeadLifecycle.Apply(LeadState.In(Mql, T0), new FanMarked("ana"), At);
        var unmarked = LeadLifecycle.Apply(marked.State, new FanUnmarked("ana"), At);

        Assert.Equal((TransitionOutcome.Unchanged, Mql, true), (marked.Outcome, marked.State.Stage, marked.State.IsFan));
        Assert.Equal((TransitionOutcome.Unchanged, Mql, false), (unmarked.Outcome, unmarked.State.Stage, unmarked.State.IsFan));
    }

    [Fact]
    public void Apply_Recycle_StampsTheBehaviouralReset()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Lost, T0), new LeadRecycled(Automatic: true), At);

        Assert.Equal(At, result.State.RecycledAt);
        Assert.Equal("auto_recycle", result.Transition!.Cause.Action);
    }

    [Fact]
    public void Apply_DisqualifiedLead_IsBehaviourFrozen()
    {
        var result = LeadLifecycle.Apply(LeadState.In(Known, T0), new LeadDisqualified("competitor"), At);

        Assert.True(result.State.BehaviourFrozen);
    }

    [Fact]
    public void Flow_Anonymous_Known_Mql_Sal_Sql_Opportunity_Customer()
    {
        LifecycleEvent[] events =
        [
            LeadIdentified.ByTouch("ev-1"), MqlReached.ByHandRaiser("ev-2"), new LeadAccepted("ana"),
            new LeadQualified(FullBant, "ana"), new OpportunityOpened("opp-1"), new OpportunityWon("opp-1"),
        ];

        var state = LeadState.Anonymous;
        var history = new List<StageTransition>();
        foreach (var (e, i) in events.Select((e, i) => (e, i)))
        {
            var result = LeadLifecycle.Apply(state, e, T0.AddDays(i));
            Assert.True(result.IsApplied, result.Reason);
            history.Add(result.Transition!);
            state = result.State;
        }

        Assert.Equal([Known, Mql, Sal, Sql, Opportunity, Customer], history.Select(h => h.To));
        Assert.Equal(Customer, state.Stage);
    }
}
