using System.Globalization;
using System.Text.Json;
using Cascade.Dashboard.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Cascade.Dashboard.Tests.Browser;

/// <summary>
/// The dashboard in headless Chromium (one tour, see <see cref="DashboardTour"/>): every figure it shows equals
/// the JSON endpoint's answer for the same parameters, it follows the quarter and model pickers, looks up a journey
/// from the keyboard, and meets the accessibility basics.
/// </summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardBrowserTests(SeededRuntime runtime, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Tour_RunsWithoutErrors_AndSavesAScreenshotOfEachView()
    {
        var tour = await DashboardTour.OfAsync(runtime);

        Assert.Empty(tour.GetProperty("problems").EnumerateArray());
        var shots = tour.GetProperty("screenshots").EnumerateObject().Select(s => s.Value.GetString()!).ToList();
        Assert.Contains(shots, s => s.EndsWith("waterfall-2026-Q1.png", StringComparison.Ordinal));
        Assert.Contains(shots, s => s.EndsWith("lookup-opp-3011-7.png", StringComparison.Ordinal));
        foreach (var shot in shots)
        {
            Assert.True(new FileInfo(shot).Length > 1000, shot);
            output.WriteLine("screenshot: " + shot);
        }
    }

    [BrowserFact]
    public async Task Opened_OnQ1_ShowsTheWaterfallOfTheApi() =>
        await AssertWaterfallShownAsync("q1", "2026-Q1");

    [BrowserFact]
    public async Task QuarterPicker_ToQ2_ShowsTheQ2WaterfallOfTheApi() =>
        await AssertWaterfallShownAsync("q2", "2026-Q2");

    [BrowserFact]
    public async Task Opened_OnQ1_ShowsTheSourcingOfTheApiForThePeriod()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("q1");
        var period = shown.GetProperty("period");
        Assert.Equal("2026-01-01", period.GetProperty("from").GetString());
        Assert.Equal("2026-04-01", period.GetProperty("to").GetString());

        var api = await runtime.GetJsonAsync($"/api/reports/sourcing?from=2026-01-01&to=2026-04-01");

        foreach (var figure in new[] { "marketingSourced", "salesSourced", "unattributed", "marketingInfluenced" })
        {
            var count = api.GetProperty(figure).GetProperty("count").GetInt32();
            var amount = api.GetProperty(figure).GetProperty("amount").GetDecimal();
            Assert.Equal(count.ToString(CultureInfo.InvariantCulture), Value(shown, $"sourcing.{figure}.count"));
            Assert.Equal(MoneyText.WithCurrency(amount), Text(shown, $"sourcing.{figure}.amount"));
        }
    }

    [BrowserFact]
    public async Task DatePickers_ToTheSourcingWindow_ShowTheApisSourcingCounts()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("window");

        var api = await runtime.GetJsonAsync("/api/reports/sourcing?from=2025-10-01&to=2026-10-01");

        Assert.Equal("2025-10-01", shown.GetProperty("period").GetProperty("from").GetString());
        Assert.Equal("2026-10-01", shown.GetProperty("period").GetProperty("to").GetString());
        Assert.Equal(api.GetProperty("marketingSourced").GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture), Value(shown, "sourcing.marketingSourced.count"));
        Assert.Equal(api.GetProperty("salesSourced").GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture), Value(shown, "sourcing.salesSourced.count"));
        Assert.Equal(MoneyText.WithCurrency(api.GetProperty("marketingInfluenced").GetProperty("amount").GetDecimal()), Text(shown, "sourcing.marketingInfluenced.amount"));
    }

    [BrowserFact]
    public async Task Opened_OnQ1_ShowsThePipelineByStageAndTheStuckDealsOfTheApiAtTheQuarterEnd()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("q1");

        var api = await runtime.GetJsonAsync("/api/reports/pipeline?groupBy=stage&asOf=2026-04-01");
        var stuck = await runtime.GetJsonAsync("/api/reports/pipeline/stuck?asOf=2026-04-01");

        var expected = api.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("amount").GetDecimal(), r.GetProperty("count").GetInt32())).ToList();
        var actual = shown.GetProperty("pipeline").GetProperty("bars").EnumerateArray()
            .Select(r => (r.GetProperty("stage").GetString()!, r.GetProperty("amount").GetDecimal(), r.GetProperty("count").GetInt32())).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.Equal(api.GetProperty("total").GetProperty("amount").GetDecimal(), decimal.Parse(Value(shown, "pipeline.total.amount"), CultureInfo.InvariantCulture));
        Assert.Equal(
            stuck.EnumerateArray().Select(d => d.GetProperty("opportunityId").GetString()),
            shown.GetProperty("pipeline").GetProperty("stuck").EnumerateArray().Select(k => k.GetString()));
    }

    [BrowserFact]
    public async Task Customers_OverTheSourcingWindow_ShowTheApisCustomerFigures()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("window");

        var api = await runtime.GetJsonAsync("/api/reports/customers?from=2025-10-01&to=2026-10-01");

        var end = api.GetProperty("customers").GetProperty("end").GetInt32();
        Assert.True(end > 0, "scenario A wins deals, so it has customer accounts");
        Assert.Equal(end.ToString(CultureInfo.InvariantCulture), Value(shown, "customers.end"));
        Assert.Equal(api.GetProperty("byStatus").GetProperty("active").GetInt32().ToString(CultureInfo.InvariantCulture), Value(shown, "customers.byStatus.active"));
        foreach (var figure in new[] { "averageLifetimeValue", "repeatPurchaseRate" })
        {
            Assert.Equal(api.GetProperty(figure).GetDecimal(), decimal.Parse(Value(shown, "customers." + figure)!, CultureInfo.InvariantCulture));
        }

        Assert.Equal(MoneyText.WithCurrency(api.GetProperty("expansion").GetProperty("pipeline").GetDecimal()), Text(shown, "customers.expansion.pipeline"));
        Assert.Equal(MoneyText.WithCurrency(api.GetProperty("averageLifetimeValue").GetDecimal()), Text(shown, "customers.averageLifetimeValue"));
    }

    [BrowserFact]
    public async Task ModelComparison_ShowsEachModelsTotalOfTheApi()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("q2");

        var api = await runtime.GetJsonAsync("/api/reports/attribution/compare?kind=pipeline&groupBy=channel&from=2026-04-01&to=2026-07-01");

        foreach (var model in api.GetProperty("totals").EnumerateObject())
        {
            var amount = model.Value.GetProperty("amount").GetDecimal();
            Assert.Equal(MoneyText.Amount(amount), Text(shown, "compare.total." + model.Name));
        }

        var bars = api.GetProperty("rows").GetArrayLength() * api.GetProperty("models").GetArrayLength();
        Assert.Equal(bars, shown.GetProperty("compareBars").GetInt32());
    }

    [BrowserFact]
    public async Task ModelPicker_ToFirstTouch_ShowsThatModelsReportOfTheApi()
    {
        var tour = await DashboardTour.OfAsync(runtime);
        var before = tour.GetProperty("q2").GetProperty("focus");
        var shown = tour.GetProperty("firstTouch");

        var api = await runtime.GetJsonAsync("/api/reports/attribution?model=first_touch&kind=pipeline&groupBy=channel&from=2026-04-01&to=2026-07-01");

        Assert.Equal("w_shaped", before.GetProperty("model").GetString());
        Assert.Contains("lead creation 30 %", before.GetProperty("weights").GetString());
        Assert.StartsWith("All credit to the first touch", shown.GetProperty("focus").GetProperty("weights").GetString());
        Assert.Equal("first_touch", shown.GetProperty("focus").GetProperty("model").GetString());
        Assert.Equal("First touch", shown.GetProperty("pressedModel").GetString());
        var expected = api.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("amount").GetDecimal());
        var actual = shown.GetProperty("focus").GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("key").GetString()!, r => r.GetProperty("amount").GetDecimal());
        Assert.Equal(expected, actual);
        Assert.NotEqual(
            before.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("amount").GetDecimal()),
            actual.Values);
    }

    [BrowserFact]
    public async Task RoiByChannel_OverTheSourcingWindow_ShowsTheApisFiguresForThePickedModel()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("window").GetProperty("roi");

        var api = await runtime.GetJsonAsync("/api/reports/roi?model=first_touch&kind=pipeline&groupBy=channel&from=2025-10-01&to=2026-10-01");

        Assert.Equal("first_touch", shown.GetProperty("model").GetString());
        var expected = api.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("spend").GetDecimal(), r.GetProperty("amount").GetDecimal(),
                r.GetProperty("roi").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("roi").GetDecimal()))
            .ToList();
        var actual = shown.GetProperty("rows").EnumerateArray()
            .Select(r => (r.GetProperty("key").GetString()!, r.GetProperty("spend").GetDecimal(), r.GetProperty("amount").GetDecimal(),
                r.GetProperty("roi").ValueKind == JsonValueKind.Null ? (decimal?)null : r.GetProperty("roi").GetDecimal()))
            .ToList();
        Assert.Equal(expected, actual);
        Assert.Contains(actual, r => r.Item1 == "paid_search" && r.Item2 == 12999.99m && r.Item4 is not null);
        Assert.Equal(2 * expected.Count, shown.GetProperty("bars").GetInt32());
    }

    [BrowserFact]
    public async Task LookUp_Opp3011_7_FromTheKeyboard_ShowsItsJourneyWithMilestones()
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty("lookup");

        var api = await runtime.GetJsonAsync("/api/opportunities/opp-3011-7/attribution?kind=pipeline");

        Assert.Equal("opp-3011-7", shown.GetProperty("opportunity").GetString());
        Assert.Equal(api.GetProperty("amount").GetDecimal(), shown.GetProperty("amount").GetDecimal());
        Assert.Equal(api.GetProperty("sourced").GetString(), shown.GetProperty("sourced").GetString());
        var expected = api.GetProperty("journey").EnumerateArray()
            .Select(t => (t.GetProperty("eventId").GetString()!, string.Join(' ', t.GetProperty("milestones").EnumerateArray().Select(m => m.GetString()))))
            .ToList();
        var actual = shown.GetProperty("journey").EnumerateArray()
            .Select(t => (t.GetProperty("eventId").GetString()!, t.GetProperty("milestones").GetString()!))
            .ToList();
        Assert.Equal(expected, actual);
        var milestones = shown.GetProperty("timelineMilestones").EnumerateArray().SelectMany(m => m.GetString()!.Split(' ')).ToList();
        Assert.Contains("FT", milestones);
        Assert.Contains("OC", milestones);
        Assert.Equal(api.GetProperty("models").EnumerateObject().Count(), shown.GetProperty("modelColumns").GetInt32());
    }

    [BrowserFact]
    public async Task Page_IsLabelledKeyboardOperableAndKeepsItsViewOnReload()
    {
        var tour = await DashboardTour.OfAsync(runtime);
        var a11y = tour.GetProperty("a11y");

        Assert.Empty(a11y.GetProperty("unlabelled").EnumerateArray());
        Assert.Equal("Skip to the reports", a11y.GetProperty("firstTab").GetString());
        Assert.Equal("quarter", a11y.GetProperty("secondTab").GetString());
        Assert.NotEqual("none", a11y.GetProperty("focusOutline").GetString());
        var headings = a11y.GetProperty("headings").EnumerateArray().Select(h => h.GetString()).ToList();
        Assert.Contains("Funnel", headings);
        Assert.Contains("Journey look-up", headings);
        var reloaded = tour.GetProperty("reloaded");
        Assert.Equal("first_touch", reloaded.GetProperty("focus").GetProperty("model").GetString());
        Assert.Equal("2025-10-01", reloaded.GetProperty("period").GetProperty("from").GetString());
    }

    private async Task AssertWaterfallShownAsync(string step, string quarter)
    {
        var shown = (await DashboardTour.OfAsync(runtime)).GetProperty(step);

        var api = await runtime.GetJsonAsync($"/api/reports/waterfall/{quarter}");

        Assert.Equal(quarter, Text(shown, "waterfall.quarter"));
        Assert.Equal(quarter, shown.GetProperty("chart").GetProperty("quarter").GetString());
        Assert.Equal(10, shown.GetProperty("chart").GetProperty("bars").GetInt32());
        foreach (var figure in new[] { "starting", "new", "closedWon", "ending" })
        {
            var amount = api.GetProperty(figure).GetDecimal();
            Assert.Equal(MoneyText.WithCurrency(amount), Text(shown, "waterfall." + figure));
            Assert.Equal(amount, decimal.Parse(Value(shown, "waterfall." + figure), CultureInfo.InvariantCulture));
            Assert.Equal(api.GetProperty("counts").GetProperty(figure).GetInt32().ToString(CultureInfo.InvariantCulture), Value(shown, "waterfall.counts." + figure));
        }

        var labels = shown.GetProperty("chart").GetProperty("labels");
        Assert.Equal(MoneyText.Amount(api.GetProperty("starting").GetDecimal()), labels.GetProperty("starting").GetString());
        Assert.Equal(MoneyText.Amount(api.GetProperty("ending").GetDecimal()), labels.GetProperty("ending").GetString());
    }

    private static string Text(JsonElement shown, string figure) => shown.GetProperty(figure).GetProperty("text").GetString()!;

    private static string Value(JsonElement shown, string figure) => shown.GetProperty(figure).GetProperty("value").GetString()!;
}
