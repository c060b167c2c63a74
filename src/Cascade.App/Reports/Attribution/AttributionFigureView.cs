namespace Cascade.App.Reports.Attribution;

/// <summary>Summed credit (how many opportunities it is worth) and summed money.</summary>
public sealed record AttributionFigureView(double Opportunities, decimal Amount);
