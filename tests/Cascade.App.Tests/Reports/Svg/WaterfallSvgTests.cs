using System.Globalization;
using System.Xml.Linq;
using Cascade.App.Reports.Svg;
using Cascade.App.Reports.Waterfall;
using CsCheck;

namespace Cascade.App.Tests.Reports.Svg;

public sealed class WaterfallSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] Elements =
    [
        "starting", "new", "value_change.amount_changes", "value_change.pulled_in", "value_change.pushed_out",
        "value_change.slipped", "value_change.entering", "closed_won", "closed_lost", "ending",
    ];

    public static TheoryData<string> Quarters() => ["2026-Q1", "2026-Q2", "2026-Q3"];

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Render_ScenarioQuarter_IsWellFormedAccessibleSvg(string quarter)
    {
        var doc = XDocument.Parse(WaterfallSvg.Render(WaterfallViews.ScenarioA(quarter), "EUR"));

        var root = doc.Root!;
        Assert.Equal(Svg + "svg", root.Name);
        Assert.Equal("img", (string?)root.Attribute("role"));
        Assert.StartsWith($"Pipeline waterfall for {quarter} in EUR", (string?)root.Attribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal($"Pipeline waterfall {quarter}", root.Element(Svg + "title")?.Value);
        Assert.Contains("S + N + V", root.Element(Svg + "desc")?.Value, StringComparison.Ordinal);
        Assert.DoesNotContain(doc.Descendants(), e => e.Name.LocalName is "script" or "image" or "foreignObject" || e.Attribute("href") is not null);
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Render_ScenarioQuarter_HasOneBarPerElementWithAHoverTitle(string quarter)
    {
        var bars = Bars(WaterfallSvg.Render(WaterfallViews.ScenarioA(quarter), "EUR"));

        Assert.Equal(Elements, bars.Select(b => (string)b.Attribute("data-element")!));
        Assert.All(bars, b => Assert.False(string.IsNullOrWhiteSpace(b.Parent!.Element(Svg + "title")?.Value)));
    }

    [Fact]
    public void Render_Q1_LabelsShowTheViewsFigures()
    {
        var view = WaterfallViews.ScenarioA("2026-Q1");

        var labels = ValueLabels(WaterfallSvg.Render(view, "EUR"));

        Assert.Equal("360,000", labels["starting"]);
        Assert.Equal("+121,000", labels["new"]);
        Assert.Equal("+150,000", labels["value_change.amount_changes"]);
        Assert.Equal("0", labels["value_change.pulled_in"]);
        Assert.Equal("\u221225,000", labels["closed_won"]);
        Assert.Equal("\u221212,000", labels["closed_lost"]);
        Assert.Equal("594,000", labels["ending"]);
        Assert.Equal("Value change +150,000", labels["value_change"]);
    }

    [Fact]
    public void Render_Q2_CaptionReconcilesWithANegativeValueChange()
    {
        var doc = XDocument.Parse(WaterfallSvg.Render(WaterfallViews.ScenarioA("2026-Q2"), "EUR"));

        var caption = doc.Descendants(Svg + "text").Single(t => (string?)t.Attribute("class") == "caption").Value;

        Assert.Equal("S + N + V \u2212 W \u2212 L = E: 594,000 + 175,000 + (\u2212150,000) \u2212 25,000 \u2212 0 = 594,000 EUR", caption);
        Assert.Equal("\u2212198,000", ValueLabels(doc.ToString())["value_change.pushed_out"]);
    }

    [Fact]
    public void Render_HoverTitle_NamesElementMoneyInCurrencyAndCount()
    {
        var bars = Bars(WaterfallSvg.Render(WaterfallViews.ScenarioA("2026-Q1"), "USD"));

        var title = bars.Single(b => (string?)b.Attribute("data-element") == "new").Parent!.Element(Svg + "title")!.Value;

        Assert.Equal("New: +121,000 USD (3 opportunities)", title);
    }

    [Fact]
    public void Render_Cents_AreWrittenInvariantWhateverTheCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
        try
        {
            var view = WaterfallViews.Of(1234.5m, 0, new ValueChangeItemsView(0, 0, 0, 0, 0), 0, 0);
            Assert.Equal("1,234.50", ValueLabels(WaterfallSvg.Render(view, "EUR"))["starting"]);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Theory]
    [MemberData(nameof(Quarters))]
    public void Render_ScenarioQuarter_BarsChainAndEndAtTheEndingHeight(string quarter) =>
        AssertGeometryReconciles(WaterfallViews.ScenarioA(quarter));

    [Fact]
    public void Render_AnyReconcilingWaterfall_GeometryReconciles()
    {
        var money = Gen.Decimal[0m, 1_000_000m].Select(d => decimal.Round(d, 2));
        var signed = Gen.Decimal[-500_000m, 500_000m].Select(d => decimal.Round(d, 2));
        Gen.Select(money, money, Gen.Select(signed, money, Gen.Decimal[-300_000m, 0m], Gen.Decimal[-300_000m, 0m], money), money, money)
            .Sample((s, n, items, w, l) =>
            {
                var (amount, pulled, pushed, slipped, entering) = items;
                AssertGeometryReconciles(WaterfallViews.Of(s, n, new ValueChangeItemsView(amount, pulled, decimal.Round(pushed, 2), decimal.Round(slipped, 2), entering), w, l));
            }, iter: 200);
    }

    // Every change starts at the level where the previous bar ended, in pixels, and the ending bar is exactly as
    // tall as the level the last change reaches: the drawing reconciles as the figures do.
    private static void AssertGeometryReconciles(WaterfallView view)
    {
        var bars = Bars(WaterfallSvg.Render(view, "EUR"));
        double Top(XElement r) => Px(r, "y");
        double Bottom(XElement r) => Px(r, "y") + Px(r, "height");
        // Starting pipeline is never negative: its bar stands on zero and reaches S.
        var zero = Bottom(bars[0]);
        var level = Top(bars[0]);
        for (var i = 1; i < bars.Count - 1; i++)
        {
            var value = decimal.Parse((string)bars[i].Attribute("data-to")!, CultureInfo.InvariantCulture) -
                        decimal.Parse((string)bars[i].Attribute("data-from")!, CultureInfo.InvariantCulture);
            var (start, end) = value < 0 ? (Top(bars[i]), Bottom(bars[i])) : (Bottom(bars[i]), Top(bars[i]));
            Assert.Equal(level, start, tolerance: 0.02);
            level = end;
        }

        var ending = bars[^1];
        Assert.Equal(view.Ending, decimal.Parse((string)ending.Attribute("data-to")!, CultureInfo.InvariantCulture));
        Assert.Equal(view.Ending >= 0 ? Top(ending) : Bottom(ending), level, tolerance: 0.02);
        Assert.Equal(view.Ending >= 0 ? Bottom(ending) : Top(ending), zero, tolerance: 0.02);
    }

    private static List<XElement> Bars(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "rect").Where(r => r.Attribute("data-element") is not null).ToList();

    private static Dictionary<string, string> ValueLabels(string svg) =>
        XDocument.Parse(svg).Descendants(Svg + "text")
            .Where(t => ((string?)t.Attribute("class"))?.StartsWith("value", StringComparison.Ordinal) == true)
            .ToDictionary(t => (string)t.Attribute("data-element")!, t => t.Value);

    private static double Px(XElement e, string name) => double.Parse((string)e.Attribute(name)!, CultureInfo.InvariantCulture);
}
