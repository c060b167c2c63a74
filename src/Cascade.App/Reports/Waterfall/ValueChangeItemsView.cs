namespace Cascade.App.Reports.Waterfall;

/// <summary>The signed parts of the value change V; pushed out and slipped are ≤ 0.</summary>
public sealed record ValueChangeItemsView(decimal AmountChanges, decimal PulledIn, decimal PushedOut, decimal Slipped, decimal Entering);
