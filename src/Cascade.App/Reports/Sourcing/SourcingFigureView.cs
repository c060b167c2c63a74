namespace Cascade.App.Reports.Sourcing;

/// <summary>How many opportunities and how much pipeline (amount at creation).</summary>
public sealed record SourcingFigureView(int Count, decimal Amount);
