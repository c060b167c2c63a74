using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using CsCheck;
using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.Domain.Tests.Customers;

public sealed class CustomerReplayTests
{
    private static readonly DateTimeOffset Won = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    /// <summary>A won account, an expansion won later, silence past 90 and 180 days, a re-engaging touch, a lost renewal, a reactivation.</summary>
    private static readonly CustomerFact[] Life =
    [
        new(Won.AddDays(-20), new ActivityRecorded("t-0")),
        new(Won, new DealWon("opp-new")),
        new(Won.AddDays(30), new DealWon("opp-expansion")),
        new(Won.AddDays(300), new ActivityRecorded("t-1")),
        new(Won.AddDays(350), new RenewalLost("opp-renewal")),
        new(Won.AddDays(410), new ActivityRecorded("t-2")),
        new(Won.AddDays(420), new Reactivated("signed again", "csm@vendor.example")),
    ];

    [Fact]
    public void Run_WholeLife_KeepsEveryChangeWithItsCause()
    {
        var result = CustomerReplay.Run(Life, CustomerSettings.Default, Won.AddDays(480));

        var expansion = Won.AddDays(30);
        Assert.Equal(
        [
            (None, Active, Won, "deal_won"),
            (Active, AtRisk, expansion.AddDays(90), "silence"),
            (AtRisk, Inactive, expansion.AddDays(180), "silence"),
            (Inactive, Active, Won.AddDays(300), "activity"),
            (Active, Churned, Won.AddDays(350), "renewal_lost"),
            (Churned, Active, Won.AddDays(420), "reactivate"),
        ],
            result.History.Select(c => (c.From, c.To, c.At, c.Cause.Action)));
        Assert.Equal((Active, Won.AddDays(420)), (result.State.Status, result.State.LastActivityAt));
    }

    [Fact]
    public void Run_ReactivatedLongAfterTheLastActivity_CountsTheSilenceFromTheReactivation()
    {
        CustomerFact[] facts =
        [
            new(Won, new DealWon("opp-1")),
            new(Won.AddDays(10), new ChurnMarked("left", "csm@vendor.example")),
            new(Won.AddDays(400), new Reactivated("back", "csm@vendor.example")),
        ];

        var result = CustomerReplay.Run(facts, CustomerSettings.Default, Won.AddDays(600));

        Assert.Equal(
            [(None, Active, Won), (Active, Churned, Won.AddDays(10)), (Churned, Active, Won.AddDays(400)), (Active, AtRisk, Won.AddDays(490)), (AtRisk, Inactive, Won.AddDays(580))],
            result.History.Select(c => (c.From, c.To, c.At)));
    }

    [Theory]
    [InlineData(90, Active, AtRisk)]
    [InlineData(180, AtRisk, Inactive)]
    public void Run_Silence_StartsExactlyAtTheThreshold(int days, CustomerStatus before, CustomerStatus from)
    {
        CustomerFact[] won = [new(Won, new DealWon("opp-1"))];
        var threshold = Won.AddDays(days);

        Assert.Equal(before, CustomerReplay.Run(won, CustomerSettings.Default, threshold.AddTicks(-1)).State.Status);
        Assert.Equal(from, CustomerReplay.Run(won, CustomerSettings.Default, threshold).State.Status);
        Assert.Equal(threshold, CustomerReplay.Run(won, CustomerSettings.Default, threshold.AddDays(400)).History.Last(c => c.To == from).At);
    }

    [Fact]
    public void Run_ActivityAtTheThresholdInstant_KeepsTheCustomerActive()
    {
        CustomerFact[] facts = [new(Won, new DealWon("opp-1")), new(Won.AddDays(90), new ActivityRecorded("t-1"))];

        var result = CustomerReplay.Run(facts, CustomerSettings.Default, Won.AddDays(90));

        Assert.Equal(Active, result.State.Status);
        Assert.Single(result.History);
    }

    [Fact]
    public void Run_AsOfBeforeTheFirstWin_IsNoCustomer() =>
        Assert.Equal(None, CustomerReplay.Run(Life, CustomerSettings.Default, Won.AddTicks(-1)).State.Status);

    [Fact]
    public void Run_Property_AnyArrivalOrderGivesTheSameHistory()
    {
        var expected = CustomerReplay.Run(Life, CustomerSettings.Default, Won.AddDays(480));

        Gen.Shuffle(Life).Sample(shuffled =>
        {
            var actual = CustomerReplay.Run(shuffled, CustomerSettings.Default, Won.AddDays(480));
            Assert.Equal(expected.State, actual.State);
            Assert.Equal(expected.History, actual.History);
        });
    }
}
