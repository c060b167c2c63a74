namespace Cascade.Domain.Pipeline;

/// <summary>
/// How many opportunities make up the figures of a waterfall. Closes are counted per close event (an
/// opportunity reopened and closed again in the same quarter counts twice).
/// </summary>
public sealed record WaterfallCounts(int Starting, int New, int ClosedWon, int ClosedLost, int Ending);
