namespace Cascade.App.Reports.ValueChange;

/// <summary>What one channel or campaign is credited of the increases and the decreases (negative).</summary>
public sealed record ValueChangeRowView(string Key, decimal Increase, decimal Decrease);
