namespace Cascade.Domain.Attribution;

/// <summary>
/// One model's answer for a journey: each touch's credit (summing to 1, or all 0 for an empty journey) and
/// its money (summing exactly to the amount), same index as <see cref="Journey.Touches"/>.
/// </summary>
public sealed record ModelAttribution(AttributionModel Model, IReadOnlyList<double> Credits, IReadOnlyList<decimal> Amounts);
