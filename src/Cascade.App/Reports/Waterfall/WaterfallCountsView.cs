namespace Cascade.App.Reports.Waterfall;

/// <summary>How many opportunities make each figure of the waterfall.</summary>
public sealed record WaterfallCountsView(int Starting, int New, int ClosedWon, int ClosedLost, int Ending);
