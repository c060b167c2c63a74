namespace Cascade.App.Reports.Sourcing;

/// <summary>
/// One channel (or campaign): the opportunities it sourced (first touch) and those it influenced (a marketing
/// touch in it). Influenced rows overlap, so they do not add up to the overall influenced figure.
/// </summary>
public sealed record SourcingRowView(string Key, SourcingFigureView Sourced, SourcingFigureView Influenced);
