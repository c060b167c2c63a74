using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using CsCheck;
using static Cascade.Domain.Customers.CustomerStatus;

namespace Cascade.Domain.Tests.Customers;

public sealed class CustomerPersonStatusTests
{
    private static readonly DateTimeOffset Won = new(2026, 1, 15, 10, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(null, 50, Active)]
    [InlineData(null, 90, AtRisk)]
    [InlineData(30, 100, Active)]
    [InlineData(30, 120, AtRisk)]
    [InlineData(30, 210, Inactive)]
    public void Of_PersonSilentSinceTheirLastTouchOrTheWin(int? lastTouchDays, int asOfDays, CustomerStatus expected)
    {
        CustomerFact[] facts = [new(Won, new DealWon("opp-1"))];
        var asOf = Won.AddDays(asOfDays);

        var status = CustomerPersonStatus.Of(
            CustomerReplay.Run(facts, CustomerSettings.Default, asOf), [Won], lastTouchDays is { } d ? Won.AddDays(d) : null, CustomerSettings.Default, asOf);

        Assert.Equal(expected, status);
    }

    [Fact]
    public void Of_ChurnedOrProspectAccount_IsTheAccountsStatus()
    {
        var asOf = Won.AddDays(20);
        var churned = CustomerReplay.Run([new(Won, new DealWon("opp-1")), new(Won.AddDays(10), new ChurnMarked("left", "csm"))], CustomerSettings.Default, asOf);

        Assert.Equal(Churned, CustomerPersonStatus.Of(churned, [Won], Won.AddDays(15), CustomerSettings.Default, asOf));
        Assert.Equal(None, CustomerPersonStatus.Of(CustomerReplay.Run([], CustomerSettings.Default, asOf), [], Won, CustomerSettings.Default, asOf));
    }

    [Fact]
    public void Of_Property_EqualsTheReplayWithOnlyThatPersonsActivity()
    {
        Gen.Select(Gen.Int[1, 300].Array[0, 6], Gen.Int[1, 300].Array[0, 6], Gen.Int[0, 2], Gen.Int[1, 500]).Sample((mine, others, life, asOfDays) =>
        {
            var asOf = Won.AddDays(asOfDays);
            var account = new List<CustomerFact> { new(Won, new DealWon("opp-1")) };
            if (life >= 1)
            {
                account.Add(new(Won.AddDays(150), new DealWon("opp-2")));
            }

            if (life >= 2)
            {
                account.Add(new(Won.AddDays(200), new ChurnMarked("left", "csm")));
                account.Add(new(Won.AddDays(260), new Reactivated("back", "csm")));
            }

            var own = mine.Select((d, i) => new CustomerFact(Won.AddDays(d), new ActivityRecorded($"m-{i}"))).ToList();
            var theirs = others.Select((d, i) => new CustomerFact(Won.AddDays(d), new ActivityRecorded($"o-{i}"))).ToList();
            var whole = CustomerReplay.Run([.. account, .. own, .. theirs], CustomerSettings.Default, asOf);
            var alone = CustomerReplay.Run([.. account, .. own], CustomerSettings.Default, asOf);
            var wins = account.Where(f => f.Event is DealWon).Select(f => f.At);
            var last = own.Where(f => f.At <= asOf).Select(f => (DateTimeOffset?)f.At).Max();

            Assert.Equal(alone.State.Status, CustomerPersonStatus.Of(whole, wins, last, CustomerSettings.Default, asOf));
        });
    }

    [Fact]
    public void Replay_Property_EqualsTheReplayWithOnlyThatPersonsTouchesHistoryIncluded()
    {
        Gen.Select(Gen.Int[1, 400].Array[0, 6], Gen.Int[1, 400].Array[0, 6], Gen.Int[0, 3], Gen.Int[1, 500]).Sample((mine, others, life, asOfDays) =>
        {
            var asOf = Won.AddDays(asOfDays);
            var wins = new List<CustomerDeal> { Deal("opp-1", Won) };
            var account = new List<CustomerFact>();
            if (life >= 1)
            {
                wins.Add(Deal("opp-2", Won.AddDays(150)));
            }

            if (life >= 2)
            {
                account.Add(new(Won.AddDays(200), new ChurnMarked("left", "csm")));
                account.Add(new(Won.AddDays(260), new Reactivated("back", "csm")));
            }

            if (life >= 3)
            {
                account.Add(new(Won.AddDays(300), new RenewalLost("opp-3")));
            }

            var own = mine.Select((d, i) => Touch($"m-{i}", Won.AddDays(d))).ToList();
            var theirs = others.Select((d, i) => Touch($"o-{i}", Won.AddDays(d))).ToList();
            var whole = CustomerReplay.Run(CustomerFacts.Of(wins, [.. own, .. theirs], account), CustomerSettings.Default, asOf);
            var alone = CustomerReplay.Run(CustomerFacts.Of(wins, own, account), CustomerSettings.Default, asOf);

            var person = CustomerPersonStatus.Replay(whole, wins, own, CustomerSettings.Default, asOf);

            Assert.Equal(alone.State, person.State);
            Assert.Equal(alone.History, person.History);
        });
    }

    private static CustomerDeal Deal(string id, DateTimeOffset closedAt) =>
        new(id, OpportunityType.NewBusiness, OpportunityStatus.Won, 1_000m, closedAt.AddDays(-30), closedAt);

    private static Touchpoint Touch(string id, DateTimeOffset at) =>
        Touchpoint.Create(id, at, TouchpointTypes.PageView, EmailAddress.Parse("bob@acme.example"), channel: "direct");
}
