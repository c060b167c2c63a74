using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Domain.Lifecycle;
using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.Domain.Tests.Customers;

public sealed class CustomerLifecycleTests
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset LastActivity = T0.AddDays(-100);

    /// <summary>Every status against every event: the status after it and what the lifecycle made of it.</summary>
    public static TheoryData<CustomerStatus, string, CustomerStatus, TransitionOutcome> Table => new()
    {
        { None, "won", Active, TransitionOutcome.Applied },
        { None, "activity", None, TransitionOutcome.Unchanged },
        { None, "renewal_lost", None, TransitionOutcome.Unchanged },
        { None, "churn", None, TransitionOutcome.Refused },
        { None, "reactivate", None, TransitionOutcome.Refused },
        { None, "silence_at_risk", None, TransitionOutcome.Unchanged },
        { None, "silence_inactive", None, TransitionOutcome.Unchanged },
        { Active, "won", Active, TransitionOutcome.Unchanged },
        { Active, "activity", Active, TransitionOutcome.Unchanged },
        { Active, "renewal_lost", Churned, TransitionOutcome.Applied },
        { Active, "churn", Churned, TransitionOutcome.Applied },
        { Active, "reactivate", Active, TransitionOutcome.Refused },
        { Active, "silence_at_risk", AtRisk, TransitionOutcome.Applied },
        { Active, "silence_inactive", Inactive, TransitionOutcome.Applied },
        { AtRisk, "won", Active, TransitionOutcome.Applied },
        { AtRisk, "activity", Active, TransitionOutcome.Applied },
        { AtRisk, "renewal_lost", Churned, TransitionOutcome.Applied },
        { AtRisk, "churn", Churned, TransitionOutcome.Applied },
        { AtRisk, "reactivate", AtRisk, TransitionOutcome.Refused },
        { AtRisk, "silence_at_risk", AtRisk, TransitionOutcome.Unchanged },
        { AtRisk, "silence_inactive", Inactive, TransitionOutcome.Applied },
        { Inactive, "won", Active, TransitionOutcome.Applied },
        { Inactive, "activity", Active, TransitionOutcome.Applied },
        { Inactive, "renewal_lost", Churned, TransitionOutcome.Applied },
        { Inactive, "churn", Churned, TransitionOutcome.Applied },
        { Inactive, "reactivate", Inactive, TransitionOutcome.Refused },
        { Inactive, "silence_at_risk", Inactive, TransitionOutcome.Unchanged },
        { Inactive, "silence_inactive", Inactive, TransitionOutcome.Unchanged },
        { Churned, "won", Active, TransitionOutcome.Applied },
        { Churned, "activity", Churned, TransitionOutcome.Unchanged },
        { Churned, "renewal_lost", Churned, TransitionOutcome.Unchanged },
        { Churned, "churn", Churned, TransitionOutcome.Unchanged },
        { Churned, "reactivate", Active, TransitionOutcome.Applied },
        { Churned, "silence_at_risk", Churned, TransitionOutcome.Unchanged },
        { Churned, "silence_inactive", Churned, TransitionOutcome.Unchanged },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Apply_EveryStatusAndEvent_FollowsTheTable(CustomerStatus from, string evt, CustomerStatus to, TransitionOutcome outcome)
    {
        var state = new CustomerState { Status = from, StatusSince = LastActivity, LastActivityAt = LastActivity };

        var result = CustomerLifecycle.Apply(state, Event(evt), T0);

        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(to, result.State.Status);
        Assert.Equal(outcome == TransitionOutcome.Applied, result.Change is not null);
        Assert.Equal(outcome == TransitionOutcome.Applied, result.Reason is null);
        if (result.Change is { } change)
        {
            Assert.Equal((from, to, T0), (change.From, change.To, change.At));
            Assert.Equal(Event(evt).Action, change.Cause.Action);
        }
    }

    [Fact]
    public void Apply_RefusedChurnOfAProspect_SaysWhy()
    {
        var result = CustomerLifecycle.Apply(CustomerState.Prospect, new ChurnMarked("moved to a rival", "ops@vendor.example"), T0);

        Assert.True(result.IsRefused);
        Assert.Equal("Cannot move from none to churned: no deal of the account was won, so it is no customer.", result.Reason);
    }

    [Fact]
    public void Apply_ActivityOfAChurnedCustomer_MovesTheLastActivityButNotTheStatus()
    {
        var churned = new CustomerState { Status = Churned, StatusSince = LastActivity, LastActivityAt = LastActivity };

        var result = CustomerLifecycle.Apply(churned, new ActivityRecorded("t-9"), T0);

        Assert.Equal((Churned, T0), (result.State.Status, result.State.LastActivityAt));
    }

    [Fact]
    public void Apply_SilenceRaisedBeforeALaterActivity_IsStale()
    {
        var active = new CustomerState { Status = Active, StatusSince = LastActivity, LastActivityAt = LastActivity.AddDays(50) };

        var result = CustomerLifecycle.Apply(active, new SilenceElapsed(AtRisk, LastActivity), T0);

        Assert.Equal(TransitionOutcome.Unchanged, result.Outcome);
        Assert.Equal(Active, result.State.Status);
    }

    [Fact]
    public void Apply_ChurnWithReason_KeepsWhoAndWhyInTheCause()
    {
        var active = new CustomerState { Status = Active, LastActivityAt = LastActivity };

        var change = CustomerLifecycle.Apply(active, new ChurnMarked("budget cut", "csm@vendor.example"), T0).Change!;

        Assert.Equal(("churn", "budget cut", "csm@vendor.example"), (change.Cause.Action, change.Cause.Reason, change.Cause.User));
    }

    private static CustomerEvent Event(string name) => name switch
    {
        "won" => new DealWon("opp-1"),
        "activity" => new ActivityRecorded("t-1"),
        "renewal_lost" => new RenewalLost("opp-2"),
        "churn" => new ChurnMarked("left", "csm@vendor.example"),
        "reactivate" => new Reactivated("back", "csm@vendor.example"),
        "silence_at_risk" => new SilenceElapsed(AtRisk, LastActivity),
        "silence_inactive" => new SilenceElapsed(Inactive, LastActivity),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };
}
