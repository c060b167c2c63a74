namespace Cascade.App.Reports.ValueChange;

/// <summary>The quarter's increases (or decreases, negative) and the part of them credited to marketing touches.</summary>
public sealed record ValueChangeFigureView(decimal Amount, decimal InfluencedAmount);
