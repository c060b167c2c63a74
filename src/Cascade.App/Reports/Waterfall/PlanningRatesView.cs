namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// The rates a plan projected with, as fractions of the starting pipeline, and the quarters they were
/// observed over (pooled: Σ L ÷ Σ S and Σ V ÷ Σ S).
/// </summary>
public sealed record PlanningRatesView(decimal LossRate, decimal ValueChangeRate, IReadOnlyList<string> ObservedQuarters);
