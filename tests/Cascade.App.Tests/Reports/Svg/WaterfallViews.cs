using System.Text.Json;
using Cascade.App.Reports.Waterfall;
using Cascade.Testing.Scenarios;

namespace Cascade.App.Tests.Reports.Svg;

/// <summary>Waterfall views for the chart tests: scenario A's expected quarters, read without storage.</summary>
public static class WaterfallViews
{
    public static WaterfallView ScenarioA(string quarter)
    {
        var e = Scenario.A.Expected.GetProperty("waterfall").GetProperty(quarter);
        var i = e.GetProperty("valueChangeItems");
        var c = e.GetProperty("counts");
        return new WaterfallView(
            quarter,
            Money(e, "starting"),
            Money(e, "new"),
            Money(e, "valueChange"),
            Money(e, "closedWon"),
            Money(e, "closedLost"),
            Money(e, "ending"),
            new ValueChangeItemsView(Money(i, "amountChanges"), Money(i, "pulledIn"), Money(i, "pushedOut"), Money(i, "slipped"), Money(i, "entering")),
            new WaterfallCountsView(Count(c, "starting"), Count(c, "new"), Count(c, "closedWon"), Count(c, "closedLost"), Count(c, "ending")),
            []);
    }

    /// <summary>A reconciling view from its parts: V is the sum of the items and E follows from S + N + V − W − L.</summary>
    public static WaterfallView Of(decimal starting, decimal @new, ValueChangeItemsView items, decimal won, decimal lost)
    {
        var v = items.AmountChanges + items.PulledIn + items.PushedOut + items.Slipped + items.Entering;
        return new WaterfallView("2026-Q1", starting, @new, v, won, lost, starting + @new + v - won - lost, items, new WaterfallCountsView(1, 1, 1, 1, 1), []);
    }

    private static decimal Money(JsonElement e, string name) => e.GetProperty(name).GetDecimal();

    private static int Count(JsonElement e, string name) => e.GetProperty(name).GetInt32();
}
