namespace Cascade.App.Reports.Waterfall;

/// <summary>The part of the ending pipeline whose close date lies in <see cref="Quarter"/>.</summary>
public sealed record CloseQuarterView(string Quarter, decimal Amount, int Count);
