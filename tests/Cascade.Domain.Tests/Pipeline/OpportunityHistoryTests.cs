using Cascade.Domain.Pipeline;
using static Cascade.Domain.Tests.Pipeline.OpportunityBuilder;

namespace Cascade.Domain.Tests.Pipeline;

public sealed class OpportunityHistoryTests
{
    [Fact]
    public void Apply_FirstState_IsCreationAtCreatedAt()
    {
        var history = new OpportunityHistory("o1");
        var first = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01").Last with { UpdatedAt = Instant("2026-01-20") };

        var result = history.Apply(first);

        Assert.True(result.IsAccepted);
        var change = Assert.Single(result.Changes);
        Assert.Equal(Instant("2026-01-10"), change.At);
        Assert.Equal(OpportunityChangeKind.Created, change.Kind);
        Assert.Equal(new OpportunityState(100m, Date("2026-05-01"), OpportunityStatus.Open, "discovery"), change.State);
    }

    [Fact]
    public void Apply_OlderVersionArrivingLate_IsKeptAtItsUpdatedAt()
    {
        // The case: the 26 March version (25,000 → 20,000) processed after the 27 April one.
        var builder = new OpportunityBuilder("o1", "2026-01-10", 25_000m, "2026-09-01")
            .Update("2026-03-26", amount: 20_000m)
            .Update("2026-04-27", closeDate: "2026-10-01");
        var history = new OpportunityHistory("o1");
        history.Apply(builder.States[0]);
        history.Apply(builder.States[2]);

        var result = history.Apply(builder.States[1]);

        Assert.Equal(OpportunityUpdateOutcome.Accepted, result.Outcome);
        Assert.Equal(builder.Build().Timeline, history.Timeline);
        Assert.Equal(20_000m, history.StateAt(Instant("2026-03-31"))!.Value.Amount);
        Assert.Equal(builder.States[2], history.Current);
        Assert.Equal(builder.States[0], history.Created);
        Assert.Equal([OpportunityChangeKind.AmountChanged, OpportunityChangeKind.CloseDateChanged], result.Changes.Select(c => c.Kind));
    }

    [Fact]
    public void Apply_UpdatedAtBeforeCreatedAt_IsStaleAndIgnored()
    {
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01");
        var history = builder.Build();

        var result = history.Apply(builder.Last with { Amount = 999m, UpdatedAt = Instant("2026-01-09") });

        Assert.Equal(OpportunityUpdateOutcome.Stale, result.Outcome);
        Assert.Empty(result.Changes);
        Assert.Equal(100m, history.Current!.Amount);
        Assert.Single(history.Versions);
    }

    [Fact]
    public void Apply_SameVersionAgain_IsAReplay()
    {
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01").Update("2026-02-01", amount: 150m);
        var history = builder.Build();

        var result = history.Apply(builder.States[0] with { Amount = 100.00m });

        Assert.Equal(OpportunityUpdateOutcome.Replay, result.Outcome);
        Assert.Equal(builder.Build().Timeline, history.Timeline);
    }

    [Fact]
    public void Apply_OtherContentAtTheSameUpdatedAt_KeepsTheGreaterCanonicalJsonInEitherOrder()
    {
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01").Update("2026-02-01", amount: 150m);
        var rival = builder.Last with { Amount = 900m };
        var winner = string.CompareOrdinal(OpportunityCanonicalJson.Of(rival), OpportunityCanonicalJson.Of(builder.Last)) > 0 ? rival : builder.Last;

        var first = OpportunityHistory.FromArrivals([.. builder.States, rival])[0];
        var second = OpportunityHistory.FromArrivals([rival, .. builder.States])[0];

        Assert.Equal(winner, first.Current);
        Assert.Equal(winner, second.Current);
        Assert.Equal(first.Timeline, second.Timeline);
        Assert.Equal(OpportunityUpdateOutcome.Outranked, OpportunityVersionRule.Decide(winner == rival ? builder.Last : rival, winner));
    }

    [Theory]
    [InlineData("2026-02-20", "2026-02-20")]
    [InlineData("2026-01-20", "2026-03-01")]
    [InlineData("2026-03-05", "2026-03-01")]
    public void Apply_Close_IsDatedAtClosedAtWhenItLiesBetweenThePreviousVersionAndUpdatedAt(string closedAt, string expected)
    {
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01").Update("2026-02-01", amount: 150m);
        var won = builder.Last with
        {
            Status = OpportunityStatus.Won,
            Stage = "closed_won",
            ClosedAt = Instant(closedAt),
            UpdatedAt = Instant("2026-03-01"),
        };

        var history = OpportunityHistory.FromArrivals([won, .. builder.States])[0];

        Assert.Equal((Instant(expected), OpportunityStatus.Won), (history.Timeline[^1].At, history.Timeline[^1].State.Status));
    }

    [Fact]
    public void Apply_LaterState_IsDiffedIntoOneChangeAtUpdatedAt()
    {
        var history = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01")
            .Update("2026-02-01", amount: 120m, closeDate: "2026-06-01", stage: "proposal")
            .Build();

        var change = history.Timeline[^1];

        Assert.Equal(Instant("2026-02-01"), change.At);
        Assert.Equal(OpportunityChangeKind.AmountChanged | OpportunityChangeKind.CloseDateChanged | OpportunityChangeKind.StageChanged, change.Kind);
    }

    [Fact]
    public void Apply_NothingReportedChanged_AcceptedWithoutTimelineEntry()
    {
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01");
        var history = builder.Build();

        var result = history.Apply(builder.Last with { Name = "renamed", UpdatedAt = Instant("2026-02-01") });

        Assert.True(result.IsAccepted);
        Assert.Empty(result.Changes);
        Assert.Single(history.Timeline);
        Assert.Equal("renamed", history.Current!.Name);
    }

    [Fact]
    public void Apply_FirstStateAlreadyClosed_IsCreatedOpenThenClosedAtClosedAt()
    {
        var history = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-02-15", OpportunityStatus.Won, closedAt: "2026-02-15").Build();

        Assert.Collection(
            history.Timeline,
            c =>
            {
                Assert.Equal((Instant("2026-01-10"), OpportunityChangeKind.Created, OpportunityStatus.Open), (c.At, c.Kind, c.State.Status));
            },
            c =>
            {
                Assert.Equal((Instant("2026-02-15"), OpportunityChangeKind.Won, OpportunityStatus.Won), (c.At, c.Kind, c.State.Status));
            });
    }

    [Fact]
    public void Apply_FirstStateClosedWithoutClosedAt_ClosesAtUpdatedAt()
    {
        var state = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-02-15", OpportunityStatus.Lost).Last with { UpdatedAt = Instant("2026-03-01") };
        var history = new OpportunityHistory("o1");

        history.Apply(state);

        Assert.Equal((Instant("2026-03-01"), OpportunityChangeKind.Lost), (history.Timeline[^1].At, history.Timeline[^1].Kind));
    }

    [Fact]
    public void Apply_ClosedThenOpen_IsReopen()
    {
        var history = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01")
            .Lost("2026-02-01")
            .Update("2026-03-01", status: OpportunityStatus.Open, stage: "negotiation")
            .Build();

        Assert.Equal(
            [OpportunityChangeKind.Created, OpportunityChangeKind.Lost | OpportunityChangeKind.StageChanged, OpportunityChangeKind.Reopened | OpportunityChangeKind.StageChanged],
            history.Timeline.Select(c => c.Kind));
        Assert.True(history.StateAt(Instant("2026-03-01"))!.Value.IsOpen);
    }

    [Fact]
    public void StateAt_And_StateBefore_BinarySearchTheTimeline()
    {
        var history = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01")
            .Update("2026-02-01", amount: 200m)
            .Update("2026-03-01", amount: 300m)
            .Build();

        Assert.Null(history.StateAt(Instant("2026-01-09")));
        Assert.Null(history.StateBefore(Instant("2026-01-10")));
        Assert.Equal(100m, history.StateAt(Instant("2026-01-10"))!.Value.Amount);
        Assert.Equal(100m, history.StateBefore(Instant("2026-02-01"))!.Value.Amount);
        Assert.Equal(200m, history.StateAt(Instant("2026-02-01"))!.Value.Amount);
        Assert.Equal(200m, history.StateAt(Instant("2026-02-28"))!.Value.Amount);
        Assert.Equal(300m, history.StateAt(Instant("2030-01-01"))!.Value.Amount);
    }

    [Fact]
    public void ChangesIn_Quarter_KeepsChangesInsideStartInclusiveEndExclusive()
    {
        var history = new OpportunityBuilder("o1", "2025-12-31T23:59:59Z", 100m, "2026-05-01")
            .Update("2026-01-01", amount: 200m)
            .Update("2026-03-31T23:59:59Z", amount: 300m)
            .Update("2026-04-01", amount: 400m)
            .Build();

        var changes = history.ChangesIn(Quarter.Parse("2026-Q1")).ToArray();

        Assert.Equal([200m, 300m], changes.Select(c => c.State.Amount));
    }

    [Fact]
    public void Apply_AnotherOpportunitysState_Throws()
    {
        var history = new OpportunityHistory("o1");

        Assert.Throws<ArgumentException>(() => history.Apply(new OpportunityBuilder("o2", "2026-01-10", 1m, "2026-05-01").Last));
    }

    [Fact]
    public void FromArrivals_GroupsByIdInFirstArrivalOrder()
    {
        var a = new OpportunityBuilder("a", "2026-01-10", 1m, "2026-05-01").Update("2026-02-01", amount: 2m);
        var b = new OpportunityBuilder("b", "2026-01-11", 5m, "2026-05-01");

        var histories = OpportunityHistory.FromArrivals([a.States[1], b.States[0], a.States[0], a.States[1]]);

        Assert.Equal(["a", "b"], histories.Select(h => h.OpportunityId));
        Assert.Equal(2m, histories[0].Current!.Amount);
        Assert.Equal(1m, histories[0].Created!.Amount);
    }

    [Fact]
    public void FromArrivals_OnlyStaleVersionsOfADeal_GivesNoHistory()
    {
        var a = new OpportunityBuilder("a", "2026-01-10", 1m, "2026-05-01");

        Assert.Empty(OpportunityHistory.FromArrivals([a.Last with { UpdatedAt = Instant("2026-01-01") }]));
    }

    [Fact]
    public void FirstNamed_IsTheCreationForTheEarliestVersionElseTheNamingVersionsUpdatedAt()
    {
        var ada = Cascade.Domain.Identity.EmailAddress.Parse("ada@acme.com");
        var bob = Cascade.Domain.Identity.EmailAddress.Parse("bob@acme.com");
        var builder = new OpportunityBuilder("o1", "2026-01-10", 100m, "2026-05-01").Update("2026-02-01", amount: 150m);
        var history = OpportunityHistory.FromArrivals(
            [builder.States[1] with { ContactEmails = [ada, bob] }, builder.States[0] with { ContactEmails = [ada] }])[0];

        Assert.Equal(Instant("2026-01-10"), history.FirstNamed(ada, "acme.com"));
        Assert.Equal(Instant("2026-02-01"), history.FirstNamed(bob, "acme.com"));
        Assert.Null(history.FirstNamed(Cascade.Domain.Identity.EmailAddress.Parse("eve@acme.com"), "acme.com"));
    }
}
