using System.Text.Json;
using Cascade.App.Reads;
using Cascade.App.Attribution;
using Cascade.App.Customers;
using Cascade.App.Leads;
using Cascade.App.Reports.Attribution;
using Cascade.App.Reports.Sourcing;
using Cascade.App.Reports.Waterfall;

namespace Cascade.App.Tests.Reads;

/// <summary>The views serialised with the web defaults carry api.md's property names.</summary>
public sealed class ViewJsonShapeTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset At = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    [Fact]
    public void PersonView_Serialized_HasTheApiProperties()
    {
        var view = new PersonView(
            "a@b.com", ["anon-1"], "b.com", "mql", false,
            new PersonScoreView(120, 20, 100, [new ScoreRuleView("title:vp", 15)]),
            [new StageChangeView("known", "mql", At, new TransitionCauseView("mql_by_score", "ev-1", 104.5, null, null, null))],
            [new TouchView("ev-1", At, "form_fill", "email", "marketing", null)]);

        var json = JsonSerializer.SerializeToElement(view, Web);

        Assert.Equal(["email", "anonymousIds", "accountDomain", "stage", "fan", "score", "history", "touchpoints"], Names(json));
        Assert.Equal(["total", "demographic", "behavioural", "rules"], Names(json.GetProperty("score")));
        Assert.Equal(["rule", "points"], Names(json.GetProperty("score").GetProperty("rules")[0]));
        Assert.Equal(["from", "to", "at", "cause"], Names(json.GetProperty("history")[0]));
        Assert.Equal(["action", "touchpointId", "score"], Names(json.GetProperty("history")[0].GetProperty("cause")));
        Assert.Equal(["eventId", "occurredAt", "type", "channel", "origin", "campaign"], Names(json.GetProperty("touchpoints")[0]));
    }

    [Fact]
    public void PersonView_OfACustomerAccount_AddsTheirCustomerStatus()
    {
        var view = new PersonView("a@b.com", [], "b.com", "customer", false, new PersonScoreView(0, 0, 0, []), [], [])
        {
            Customer = new CustomerPersonView("at_risk", At, [new CustomerChangeView("active", "at_risk", At, new TransitionCauseView("silence", null, null, null, null, null))]),
        };

        var json = JsonSerializer.SerializeToElement(view, Web);

        Assert.Equal("customer", Names(json)[^1]);
        Assert.Equal(["status", "since", "history"], Names(json.GetProperty("customer")));
        Assert.Equal(["from", "to", "at", "cause"], Names(json.GetProperty("customer").GetProperty("history")[0]));
    }

    [Fact]
    public void OpportunityAttributionView_Serialized_KeepsModelWireNames()
    {
        var view = new OpportunityAttributionView(
            "opp-1", 100m, "marketing", true,
            [new JourneyTouchView("ev-1", At, "form_fill", "email", "marketing", "c", ["FT", "LC"])],
            new Dictionary<string, IReadOnlyList<TouchCreditView>> { ["first_touch"] = [new TouchCreditView("ev-1", 1, 100m)] });

        var json = JsonSerializer.SerializeToElement(view, Web);

        Assert.Equal(["opportunityId", "amount", "sourced", "influenced", "journey", "models", "markovFittedAt"], Names(json));
        Assert.Equal(["eventId", "occurredAt", "type", "channel", "origin", "campaign", "milestones"], Names(json.GetProperty("journey")[0]));
        Assert.Equal(["first_touch"], Names(json.GetProperty("models")));
        Assert.Equal(["eventId", "credit", "amount"], Names(json.GetProperty("models").GetProperty("first_touch")[0]));
    }

    [Fact]
    public void AttributionReportView_Serialized_HasTheApiProperties()
    {
        var view = new AttributionReportView("linear", "pipeline", "channel", At, At.AddDays(1), [new AttributionRowView("email", 1, 5m)], new AttributionFigureView(1, 5m));

        var json = JsonSerializer.SerializeToElement(view, Web);

        Assert.Equal(["model", "kind", "groupBy", "from", "to", "rows", "total"], Names(json));
        Assert.Equal(["key", "opportunities", "amount"], Names(json.GetProperty("rows")[0]));
        Assert.Equal(["opportunities", "amount"], Names(json.GetProperty("total")));
    }

    [Fact]
    public void SourcingReportView_Serialized_HasTheApiProperties()
    {
        var figure = new SourcingFigureView(1, 5m);
        var view = new SourcingReportView(At, At, figure, figure, figure, figure, [new SourcingRowView("email", figure, figure)], [])
        {
            Revenue = new SourcingRevenueView(figure, figure, figure, figure),
            OpenInfluenced = figure,
        };

        var json = JsonSerializer.SerializeToElement(view, Web);

        Assert.Equal(["from", "to", "marketingSourced", "salesSourced", "unattributed", "marketingInfluenced", "byChannel", "byCampaign", "revenue", "openInfluenced"], Names(json));
        Assert.Equal(["marketingSourced", "salesSourced", "unattributed", "marketingInfluenced"], Names(json.GetProperty("revenue")));
        Assert.Equal(["count", "amount"], Names(json.GetProperty("marketingSourced")));
        Assert.Equal(["key", "sourced", "influenced"], Names(json.GetProperty("byChannel")[0]));
    }

    [Fact]
    public void WaterfallSnapshotView_Serialized_IsTheWaterfallPlusTakenAt()
    {
        var waterfall = new WaterfallView(
            "2026-Q1", 1, 2, 3, 4, 5, -3, new ValueChangeItemsView(1, 1, -1, 0, 2), new WaterfallCountsView(1, 1, 1, 1, 1), [new CloseQuarterView("2026-Q2", -3, 1)]);

        var live = JsonSerializer.SerializeToElement(waterfall, Web);
        var snapshot = JsonSerializer.SerializeToElement(new WaterfallSnapshotView(waterfall, At), Web);

        string[] elements = ["quarter", "starting", "new", "valueChange", "closedWon", "closedLost", "ending", "valueChangeItems", "counts", "byCloseQuarter"];
        Assert.Equal(elements, Names(live));
        Assert.Equal(elements.Append("takenAt").Order(), Names(snapshot).Order());
        Assert.Equal(["amountChanges", "pulledIn", "pushedOut", "slipped", "entering"], Names(live.GetProperty("valueChangeItems")));
        Assert.Equal(["starting", "new", "closedWon", "closedLost", "ending"], Names(live.GetProperty("counts")));
        Assert.Equal(["quarter", "amount", "count"], Names(live.GetProperty("byCloseQuarter")[0]));
    }

    private static string[] Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();
}
