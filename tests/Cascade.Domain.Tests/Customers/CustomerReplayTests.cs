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

    [Fact]
    public void WithActivity_Property_EqualsTheReplayOfEveryFactWheneverItAnswers()
    {
        var answered = 0;
        Gen.Select(Gen.Int[1, 400].Array[1, 8], Gen.Int[0, 8], Gen.Int[0, 500]).Sample((days, split, asOfDays) =>
        {
            var touches = days.Select((d, i) => new CustomerFact(Won.AddDays(d), new ActivityRecorded($"t-{i}"))).OrderBy(f => f.At).ToList();
            var earlier = touches.Take(Math.Min(split, touches.Count)).Prepend(new CustomerFact(Won, new DealWon("opp-1"))).ToList();
            var later = touches.Skip(earlier.Count - 1).ToList();
            // The stored replay is never newer than the instant it is brought to.
            var evaluatedAt = earlier[^1].At;
            var asOf = Won.AddDays(asOfDays) < evaluatedAt ? evaluatedAt : Won.AddDays(asOfDays);

            var shortcut = CustomerIncrement.WithActivity(
                CustomerReplay.Run(earlier, CustomerSettings.Default, evaluatedAt), later.Select(f => f.At), CustomerSettings.Default, asOf);
            if (shortcut is not null)
            {
                answered++;
                var full = CustomerReplay.Run([.. earlier, .. later], CustomerSettings.Default, asOf);
                Assert.Equal(full.State, shortcut.State);
                Assert.Equal(full.History, shortcut.History);
            }
        });
        Assert.True(answered > 0);
    }

    [Fact]
    public void WithActivity_Property_TouchesArrivingInAnyOrder_EqualTheReplayWheneverItAnswers()
    {
        var answered = 0;
        var older = 0;
        var earlierStretch = 0;
        Gen.Select(Gen.Int[-100, 400].Array[1, 10], Gen.Int[0, 1023], Gen.Int[0, 2], Gen.Int[0, 500]).Sample((days, late, life, asOfDays) =>
        {
            var facts = new List<CustomerFact> { new(Won, new DealWon("opp-1")) };
            if (life >= 1)
            {
                facts.Add(new(Won.AddDays(200), new DealWon("opp-2")));
            }

            if (life >= 2)
            {
                facts.Add(new(Won.AddDays(120), new ChurnMarked("left", "csm")));
            }

            var touches = days.Select((d, i) => new CustomerFact(Won.AddDays(d), new ActivityRecorded($"t-{i}"))).ToList();
            // A random part of the touches arrives after the stored replay was made, in any order of time.
            var arriving = touches.Where((_, i) => (late >> i & 1) == 1).ToList();
            var stored = facts.Concat(touches.Except(arriving)).ToList();
            var evaluatedAt = stored.Max(f => f.At);
            var asOf = Won.AddDays(asOfDays) < evaluatedAt ? evaluatedAt : Won.AddDays(asOfDays);

            var before = CustomerReplay.Run(stored, CustomerSettings.Default, evaluatedAt);
            var shortcut = CustomerIncrement.WithActivity(before, arriving.Select(f => f.At), CustomerSettings.Default, asOf);
            if (shortcut is not null)
            {
                answered++;
                older += arriving.Any(f => f.At < before.State.LastActivityAt) ? 1 : 0;
                earlierStretch += arriving.Any(f => f.At > Won && f.At < before.State.StatusSince) ? 1 : 0;
                var full = CustomerReplay.Run([.. stored, .. arriving], CustomerSettings.Default, asOf);
                Assert.Equal(full.State, shortcut.State);
                Assert.Equal(full.History, shortcut.History);
            }
        }, iter: 5_000);
        Assert.True(older > 0, "some answers took touches older than the last activity");
        Assert.True(earlierStretch > 0, "some answers took touches of a stretch before the current one");
        Assert.True(answered > older);
    }

    [Fact]
    public void WithActivity_InsideAnEarlierActiveStretch_ChangesNothingUnlessItPostponesItsSilence()
    {
        // Touches on days 30 and 60, then silence (at risk from day 150, inactive from 240) until a touch on day 300.
        CustomerFact[] facts =
        [
            new(Won, new DealWon("opp-1")),
            new(Won.AddDays(30), new ActivityRecorded("t-1")),
            new(Won.AddDays(60), new ActivityRecorded("t-2")),
            new(Won.AddDays(300), new ActivityRecorded("t-3")),
        ];
        var stored = CustomerReplay.Run(facts, CustomerSettings.Default, Won.AddDays(301));

        var inside = CustomerIncrement.WithActivity(stored, [Won.AddDays(45), Won.AddDays(60)], CustomerSettings.Default, Won.AddDays(302));

        Assert.Equal(stored.History, inside!.History);
        Assert.Equal(stored.State, inside.State);
        Assert.Null(CustomerIncrement.WithActivity(stored, [Won.AddDays(61)], CustomerSettings.Default, Won.AddDays(302)));
        Assert.Null(CustomerIncrement.WithActivity(stored, [Won.AddDays(200)], CustomerSettings.Default, Won.AddDays(302)));
    }

    [Fact]
    public void WithActivity_AfterASilenceOrOfNoActiveCustomer_AsksForTheReplay()
    {
        var active = CustomerReplay.Run([new(Won, new DealWon("opp-1"))], CustomerSettings.Default, Won.AddDays(1));
        var churned = CustomerReplay.Run([new(Won, new DealWon("opp-1")), new(Won.AddDays(2), new ChurnMarked("left", "csm"))], CustomerSettings.Default, Won.AddDays(3));

        Assert.Null(CustomerIncrement.WithActivity(active, [Won.AddDays(95)], CustomerSettings.Default, Won.AddDays(100)));
        Assert.Null(CustomerIncrement.WithActivity(churned, [Won.AddDays(5)], CustomerSettings.Default, Won.AddDays(6)));
        Assert.Equal(Won.AddDays(30), CustomerIncrement.WithActivity(active, [Won.AddDays(30)], CustomerSettings.Default, Won.AddDays(31))!.State.LastActivityAt);
    }
}
