namespace Cascade.App.Reports.Svg;

/// <summary>
/// Where the waterfall's parts go on its 960 × 480 canvas: one equal slot per bar across the plot, and a y scale
/// that holds every running level (which can dip below zero only if the figures are odd, but still must fit).
/// </summary>
internal sealed class WaterfallLayout
{
    public const int Width = 960;
    public const int Height = 480;
    public const double PlotLeft = 88;
    public const double PlotRight = 940;
    public const double PlotTop = 84;
    public const double PlotBottom = 360;
    public const double BarWidth = 56;

    private readonly int count;

    public WaterfallLayout(IReadOnlyList<WaterfallStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        count = steps.Count;
        var levels = steps.SelectMany(s => new[] { s.From, s.To }).ToList();
        Scale = new ChartScale(levels.Min(), levels.Max(), PlotTop, PlotBottom);
    }

    public ChartScale Scale { get; }

    public double SlotWidth => (PlotRight - PlotLeft) / count;

    public double BarX(int index) => Math.Round(PlotLeft + index * SlotWidth + (SlotWidth - BarWidth) / 2, 2);
}
