namespace Cascade.App.Reports.Svg;

/// <summary>
/// One bar of the chart: the running level it starts <see cref="From"/> and ends <see cref="To"/> at (a total
/// goes from 0), the signed figure it shows, and how many opportunities make it when the view counts them.
/// </summary>
internal sealed record WaterfallStep(string Element, string Label, WaterfallStepKind Kind, decimal From, decimal To, decimal Value, int? Count)
{
    /// <summary>Part of the itemised value change V (drawn under one bracket).</summary>
    public bool IsValueChangeItem => Element.StartsWith("value_change.", StringComparison.Ordinal);
}
