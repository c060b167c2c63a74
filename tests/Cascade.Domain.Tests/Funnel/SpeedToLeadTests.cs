using Cascade.Domain.Attribution;
using Cascade.Domain.Funnel;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;
using static Cascade.Domain.Lifecycle.LifecycleStage;

namespace Cascade.Domain.Tests.Funnel;

/// <summary>Speed to lead and the lead-source groups, hand-computed.</summary>
public sealed class SpeedToLeadTests
{
    private static readonly DateTimeOffset From = At("2026-01-01T00:00");
    private static readonly DateTimeOffset To = At("2026-04-01T00:00");

    [Fact]
    public void Responses_TakeTheFirstSalesTouchOrAcceptAtOrAfterEachMqlEntry()
    {
        var history = new[]
        {
            Transition(Known, Mql, "2026-01-05T10:00"),
            Transition(Mql, Recycled, "2026-01-20T00:00"),
            Transition(Recycled, Mql, "2026-02-01T08:00"),
            Transition(Mql, Sal, "2026-02-01T20:00"),
        };
        var touches = new[]
        {
            Touch("before", "2026-01-05T09:00", TouchpointTypes.SalesCall),
            Touch("web", "2026-01-05T11:00", "page_view"),
            Touch("call", "2026-01-05T16:30", TouchpointTypes.SalesCall),
        };

        var responses = SpeedToLead.Responses(history, touches);

        Assert.Equal(
            [new SalesResponse(At("2026-01-05T10:00"), At("2026-01-05T16:30")), new SalesResponse(At("2026-02-01T08:00"), At("2026-02-01T20:00"))],
            responses);
    }

    [Fact]
    public void MedianHours_CountsEachPersonsFirstMqlEntryInThePeriodAndSkipsUnanswered()
    {
        FunnelLead Lead(string key, params SalesResponse[] responses) => new(key, [], null, null, responses);
        var leads = new[]
        {
            Lead("ada", new SalesResponse(At("2026-01-05T10:00"), At("2026-01-05T16:30")), new SalesResponse(At("2026-02-01T08:00"), At("2026-02-01T09:00"))), // 6.5 h
            Lead("bob", new SalesResponse(At("2026-02-01T00:00"), At("2026-02-03T00:00"))), // 48 h
            Lead("cy", new SalesResponse(At("2026-03-01T00:00"), null)), // not answered yet
            Lead("dee", new SalesResponse(At("2025-12-31T00:00"), At("2026-01-01T01:00"))), // entered before the period
            Lead("eve", new SalesResponse(At("2026-03-10T00:00"), At("2026-03-10T03:00"))), // 3 h
        };

        Assert.Equal(6.5m, SpeedToLead.MedianHours(From, To, leads));
        Assert.Equal(27.25m, SpeedToLead.MedianHours(From, To, leads.Take(2))); // (6.5 + 48) / 2
        Assert.Null(SpeedToLead.MedianHours(From, To, leads.Skip(2).Take(2)));
    }

    [Fact]
    public void Compute_GroupedByChannel_SplitsTheLeadHalfByLeadCreationTouch()
    {
        var webinar = Touch("w1", "2026-01-02T00:00", "webinar_attended", channel: "webinar");
        var leads = new[]
        {
            new FunnelLead("ada", [new("ada", Known, At("2026-01-02T00:00")), new("ada", Mql, At("2026-01-09T00:00"))], webinar, null, []),
            new FunnelLead("bob", [new("bob", Known, At("2026-01-03T00:00"))], webinar with { EventId = "w2" }, null, []),
            new FunnelLead("cy", [new("cy", Known, At("2026-01-04T00:00"))], null, null, []),
        };

        var metrics = FunnelMetrics.Compute(From, To, leads, [], AttributionGroupBy.Channel);

        Assert.Equal([FunnelLead.NoLeadTouch, "webinar"], metrics.Groups.Select(g => g.Key));
        Assert.Equal((1, 0), (metrics.Groups[0].Entered[Known], metrics.Groups[0].Entered[Mql]));
        Assert.Equal((2, 1), (metrics.Groups[1].Entered[Known], metrics.Groups[1].Entered[Mql]));
        Assert.Equal(0.5m, metrics.Groups[1].Conversions.Single(c => c.From == Known).Rate);
        Assert.Equal(3, metrics.Entered[Known]);
    }

    [Fact]
    public void Compute_WithoutGrouping_HasNoGroups_AndRefusesOtherGroupings()
    {
        Assert.Empty(FunnelMetrics.Compute(From, To, Array.Empty<FunnelLead>(), []).Groups);
        Assert.Throws<ArgumentException>(() => FunnelMetrics.Compute(From, To, Array.Empty<FunnelLead>(), [], AttributionGroupBy.Origin));
    }

    private static StageTransition Transition(LifecycleStage from, LifecycleStage to, string at) =>
        new(from, to, At(at), new TransitionCause { Action = "test" });

    private static Touchpoint Touch(string id, string at, string type, string? channel = null) =>
        Touchpoint.Create(id, At(at), type, EmailAddress.Parse("ada@acme.example"), channel: channel);

    private static DateTimeOffset At(string text) => DateTimeOffset.Parse(text + "Z", System.Globalization.CultureInfo.InvariantCulture);
}
