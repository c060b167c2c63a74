namespace Cascade.App.Reports.Svg;

/// <summary>How a waterfall bar is drawn: a total stands on the axis, a change floats from the running level.</summary>
internal enum WaterfallStepKind
{
    Total,
    Increase,
    Decrease,
}
