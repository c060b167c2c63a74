using System.Globalization;
using System.Xml.Linq;
using Cascade.App.Reports.Waterfall;

namespace Cascade.App.Reports.Svg;

/// <summary>
/// The quarterly pipeline waterfall as a self-contained SVG chart (<c>GET /api/reports/waterfall/{quarter}</c>
/// with <c>Accept: image/svg+xml</c> or <c>?format=svg</c>): starting and ending pipeline stand on the axis, new
/// pipeline, each part of the value change, closed won and closed lost float from the running level, and a
/// caption writes out S + N + V − W − L = E with the quarter's figures.
/// </summary>
/// <remarks>
/// Built as XML, so every text is escaped and the result always parses. No scripts, fonts or images are
/// referenced: the chart renders the same as a file, in an <c>img</c>, or inlined into the dashboard. Each bar
/// is a <c>rect</c> with <c>data-element</c>, <c>data-from</c> and <c>data-to</c> (money, invariant) and a
/// <c>title</c> shown on hover; the root carries <c>role="img"</c>, an <c>aria-label</c>, <c>title</c> and <c>desc</c>.
/// </remarks>
public static class WaterfallSvg
{
    public const string ContentType = "image/svg+xml";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static string Render(WaterfallView view, string currency)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentException.ThrowIfNullOrWhiteSpace(currency);
        var steps = WaterfallSteps.Of(view);
        var layout = new WaterfallLayout(steps);
        var title = $"Pipeline waterfall {view.Quarter}";

        var root = new XElement(
            Svg + "svg",
            new XAttribute("viewBox", $"0 0 {WaterfallLayout.Width} {WaterfallLayout.Height}"),
            new XAttribute("width", WaterfallLayout.Width),
            new XAttribute("height", WaterfallLayout.Height),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", Summary(view, steps, currency)),
            new XAttribute("class", "cascade-waterfall"),
            new XAttribute("data-quarter", view.Quarter),
            new XAttribute("data-currency", currency),
            new XElement(Svg + "title", title),
            new XElement(Svg + "desc", Reconciliation(view, currency) + ". " + Itemisation(view, currency)),
            new XElement(Svg + "style", Style),
            new XElement(Svg + "rect", new XAttribute("class", "background"), new XAttribute("width", WaterfallLayout.Width), new XAttribute("height", WaterfallLayout.Height)),
            Text(24, 30, "heading", title),
            Text(24, 50, "subheading", $"Open pipeline in scope, {currency}"),
            Legend(),
            Grid(layout),
            Connectors(steps, layout),
            steps.Select((s, i) => Bar(s, i, layout, currency)),
            Bracket(view, steps, layout),
            Text(24, WaterfallLayout.Height - 16, "caption", Reconciliation(view, currency)));

        return new XDocument(root).ToString(SaveOptions.DisableFormatting);
    }

    private const string Style =
        "text{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;fill:#1f2937}" +
        ".background{fill:#fff}.heading{font-size:18px;font-weight:600}.subheading,.axis{font-size:12px;fill:#4b5563}" +
        ".category{font-size:12px;text-anchor:middle}.value{font-size:12px;font-weight:600;text-anchor:middle}" +
        ".nil{fill:#6b7280;font-weight:400}.caption{font-size:13px;font-weight:600}.legend{font-size:12px}.grid{stroke:#e5e7eb}.zero{stroke:#6b7280}" +
        ".connector{stroke:#9ca3af;stroke-dasharray:3 3}.bracket{stroke:#6b7280;fill:none}" +
        ".total{fill:#1e3a8a}.increase{fill:#15803d}.decrease{fill:#b91c1c}.bar rect:hover{opacity:.85}";

    private static XElement Text(double x, double y, string cssClass, string text, string? element = null)
    {
        var node = new XElement(Svg + "text", new XAttribute("x", ChartScale.Px(x)), new XAttribute("y", ChartScale.Px(y)), new XAttribute("class", cssClass), text);
        if (element is not null)
        {
            node.Add(new XAttribute("data-element", element));
        }

        return node;
    }

    private static XElement Legend()
    {
        var legend = new XElement(Svg + "g", new XAttribute("class", "legend-items"), new XAttribute("aria-hidden", "true"));
        (string Css, string Label)[] entries = [("total", "Pipeline"), ("increase", "Increase"), ("decrease", "Decrease")];
        var x = WaterfallLayout.Width - 300.0;
        foreach (var (css, label) in entries)
        {
            legend.Add(new XElement(Svg + "rect", new XAttribute("class", css), new XAttribute("x", ChartScale.Px(x)), new XAttribute("y", 20), new XAttribute("width", 12), new XAttribute("height", 12)));
            legend.Add(Text(x + 18, 30, "legend", label));
            x += 96;
        }

        return legend;
    }

    private static XElement Grid(WaterfallLayout layout)
    {
        var grid = new XElement(Svg + "g", new XAttribute("class", "axis-grid"), new XAttribute("aria-hidden", "true"));
        foreach (var tick in layout.Scale.Ticks())
        {
            var y = layout.Scale.Y(tick);
            grid.Add(new XElement(
                Svg + "line",
                new XAttribute("class", tick == 0 ? "zero" : "grid"),
                new XAttribute("x1", ChartScale.Px(WaterfallLayout.PlotLeft)),
                new XAttribute("x2", ChartScale.Px(WaterfallLayout.PlotRight)),
                new XAttribute("y1", ChartScale.Px(y)),
                new XAttribute("y2", ChartScale.Px(y))));
            var label = Text(WaterfallLayout.PlotLeft - 8, y + 4, "axis", MoneyText.Amount((decimal)tick));
            label.Add(new XAttribute("text-anchor", "end"));
            grid.Add(label);
        }

        return grid;
    }

    // Dashed lines carry each bar's end level to the next bar, so the eye follows the running total.
    private static XElement Connectors(IReadOnlyList<WaterfallStep> steps, WaterfallLayout layout)
    {
        var group = new XElement(Svg + "g", new XAttribute("aria-hidden", "true"));
        for (var i = 0; i < steps.Count - 1; i++)
        {
            var y = ChartScale.Px(layout.Scale.Y(steps[i].To));
            group.Add(new XElement(
                Svg + "line",
                new XAttribute("class", "connector"),
                new XAttribute("x1", ChartScale.Px(layout.BarX(i) + WaterfallLayout.BarWidth)),
                new XAttribute("x2", ChartScale.Px(layout.BarX(i + 1))),
                new XAttribute("y1", y),
                new XAttribute("y2", y)));
        }

        return group;
    }

    private static XElement Bar(WaterfallStep step, int index, WaterfallLayout layout, string currency)
    {
        var top = layout.Scale.Y(Math.Max(step.From, step.To));
        var bottom = layout.Scale.Y(Math.Min(step.From, step.To));
        var x = layout.BarX(index);
        var center = x + WaterfallLayout.BarWidth / 2;
        var shown = step.Kind == WaterfallStepKind.Total ? MoneyText.Amount(step.Value) : MoneyText.Signed(step.Value);
        var count = step.Count is { } n ? $" ({n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? "opportunity" : "opportunities")})" : string.Empty;
        var css = step.Kind.ToString().ToLowerInvariant();

        var group = new XElement(
            Svg + "g",
            new XAttribute("class", "bar"),
            new XAttribute("data-element", step.Element),
            new XElement(Svg + "title", $"{step.Label}: {MoneyText.WithCurrency(shown, currency)}{count}"),
            new XElement(
                Svg + "rect",
                new XAttribute("class", css),
                new XAttribute("data-element", step.Element),
                new XAttribute("data-from", step.From.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("data-to", step.To.ToString(CultureInfo.InvariantCulture)),
                new XAttribute("x", ChartScale.Px(x)),
                new XAttribute("y", ChartScale.Px(top)),
                new XAttribute("width", ChartScale.Px(WaterfallLayout.BarWidth)),
                new XAttribute("height", ChartScale.Px(Math.Round(bottom - top, 2)))),
            Text(center, top - 6, step.Value == 0 ? "value nil" : "value", shown, step.Element));

        var category = Text(center, WaterfallLayout.PlotBottom + 18, "category", string.Empty);
        var words = step.Label.Split(' ');
        category.Add(new XElement(Svg + "tspan", new XAttribute("x", ChartScale.Px(center)), words[0]));
        if (words.Length > 1)
        {
            category.Add(new XElement(Svg + "tspan", new XAttribute("x", ChartScale.Px(center)), new XAttribute("dy", 15), string.Join(' ', words.Skip(1))));
        }

        group.Add(category);
        return group;
    }

    // A bracket under the itemised bars names their sum V, the figure the reconciliation uses.
    private static XElement Bracket(WaterfallView view, IReadOnlyList<WaterfallStep> steps, WaterfallLayout layout)
    {
        var first = steps.ToList().FindIndex(s => s.IsValueChangeItem);
        var last = steps.ToList().FindLastIndex(s => s.IsValueChangeItem);
        var left = layout.BarX(first);
        var right = layout.BarX(last) + WaterfallLayout.BarWidth;
        var y = WaterfallLayout.PlotBottom + 44;
        var path = FormattableString.Invariant($"M{ChartScale.Px(left)},{ChartScale.Px(y - 6)} V{ChartScale.Px(y)} H{ChartScale.Px(right)} V{ChartScale.Px(y - 6)}");
        var label = Text((left + right) / 2, y + 18, "value", "Value change " + MoneyText.Signed(view.ValueChange), "value_change");
        return new XElement(Svg + "g", new XAttribute("class", "value-change"), new XElement(Svg + "path", new XAttribute("class", "bracket"), new XAttribute("d", path)), label);
    }

    /// <summary>S + N + V − W − L = E with the quarter's figures, in the order the bars show them.</summary>
    public static string Reconciliation(WaterfallView view, string currency)
    {
        ArgumentNullException.ThrowIfNull(view);
        var v = view.ValueChange < 0 ? $"({MoneyText.Amount(view.ValueChange)})" : MoneyText.Amount(view.ValueChange);
        return $"S + N + V {MoneyText.Minus} W {MoneyText.Minus} L = E: {MoneyText.Amount(view.Starting)} + {MoneyText.Amount(view.New)} + {v} " +
               $"{MoneyText.Minus} {MoneyText.Amount(view.ClosedWon)} {MoneyText.Minus} {MoneyText.Amount(view.ClosedLost)} = {MoneyText.WithCurrency(MoneyText.Amount(view.Ending), currency)}";
    }

    private static string Itemisation(WaterfallView view, string currency)
    {
        var i = view.ValueChangeItems;
        return $"Value change {MoneyText.WithCurrency(MoneyText.Signed(view.ValueChange), currency)}: amount changes {MoneyText.Signed(i.AmountChanges)}, " +
               $"pulled in {MoneyText.Signed(i.PulledIn)}, pushed out {MoneyText.Signed(i.PushedOut)}, slipped {MoneyText.Signed(i.Slipped)}, entering {MoneyText.Signed(i.Entering)}";
    }

    private static string Summary(WaterfallView view, IReadOnlyList<WaterfallStep> steps, string currency) =>
        $"Pipeline waterfall for {view.Quarter} in {currency}: " +
        string.Join(", ", steps.Select(s => $"{s.Label.ToLowerInvariant()} {(s.Kind == WaterfallStepKind.Total ? MoneyText.Amount(s.Value) : MoneyText.Signed(s.Value))}"));
}
