namespace Cascade.App.Reports.ValueChange;

/// <summary>The increases and decreases without a marketing touch in their window.</summary>
public sealed record ValueChangeUnattributedView(decimal Increase, decimal Decrease);
