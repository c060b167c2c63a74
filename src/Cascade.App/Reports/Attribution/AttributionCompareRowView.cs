namespace Cascade.App.Reports.Attribution;

/// <summary>One group of the comparison: each model's figure, keyed by the model's wire name.</summary>
public sealed record AttributionCompareRowView(string Key, IReadOnlyDictionary<string, AttributionFigureView> ByModel);
