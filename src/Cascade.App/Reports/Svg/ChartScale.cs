using System.Globalization;

namespace Cascade.App.Reports.Svg;

/// <summary>
/// A linear map from money to the chart's y pixels over a domain widened to round tick values, so the grid
/// reads 0, 200,000, 400,000 … rather than the data's own extremes. Always includes 0: bars stand on it.
/// </summary>
internal sealed class ChartScale
{
    private readonly double top;
    private readonly double bottom;

    public ChartScale(decimal min, decimal max, double top, double bottom, int tickCount = 5)
    {
        this.top = top;
        this.bottom = bottom;
        var low = (double)Math.Min(0, min);
        var high = (double)Math.Max(0, max);
        if (high - low <= 0)
        {
            high = 1;
        }

        Step = NiceStep((high - low) / tickCount);
        Low = Math.Floor(low / Step) * Step;
        High = Math.Ceiling(high / Step) * Step;
    }

    public double Low { get; }

    public double High { get; }

    public double Step { get; }

    public IEnumerable<double> Ticks()
    {
        for (var t = Low; t <= High + Step / 2; t += Step)
        {
            yield return Math.Round(t / Step) * Step;
        }
    }

    /// <summary>The y pixel of a money level, rounded to hundredths so the drawing and its tests agree.</summary>
    public double Y(decimal value) => Y((double)value);

    public double Y(double value) => Math.Round(bottom - (value - Low) / (High - Low) * (bottom - top), 2);

    public static string Px(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    // 1, 2 or 5 times a power of ten: the steps a reader adds up without effort.
    private static double NiceStep(double raw)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var fraction = raw / power;
        var nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * power;
    }
}
