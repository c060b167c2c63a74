namespace Cascade.Domain.Pipeline;

/// <summary>
/// How much new pipeline a quarter needs to hit its targets (domain §6):
/// N = E − S + W + L − V, with L and V projected from <see cref="Rates"/> applied to S.
/// </summary>
/// <remarks>
/// Projected L and V are rounded to cents (half to even), so the figures add up exactly to
/// <see cref="RequiredNew"/>. A negative required new pipeline means the targets are met without any:
/// it is reported as is, not clamped, so the plan still reconciles.
/// </remarks>
public sealed record PipelinePlan
{
    public required decimal Starting { get; init; }
    public required PipelineTargets Targets { get; init; }
    public required PlanningRates Rates { get; init; }
    public required decimal ProjectedLost { get; init; }
    public required decimal ProjectedValueChange { get; init; }

    /// <summary>E − S + W + L − V.</summary>
    public decimal RequiredNew => Targets.Ending - Starting + Targets.Won + ProjectedLost - ProjectedValueChange;

    /// <summary>The plan for a quarter starting with <paramref name="starting"/> pipeline.</summary>
    public static PipelinePlan Compute(decimal starting, PipelineTargets targets, PlanningRates rates) => new()
    {
        Starting = starting,
        Targets = targets,
        Rates = rates,
        ProjectedLost = Cents(rates.LossRate * starting),
        ProjectedValueChange = Cents(rates.ValueChangeRate * starting),
    };

    /// <summary>
    /// The plan for <paramref name="quarter"/> from the histories: S is the pipeline in scope at its start
    /// and, unless <paramref name="rates"/> are given, the rates are observed over the four quarters before it.
    /// </summary>
    public static PipelinePlan ForQuarter(Quarter quarter, PipelineTargets targets, IReadOnlyCollection<OpportunityHistory> histories, PlanningRates? rates = null)
    {
        var previous = Enumerable.Range(1, 4).Select(i => PipelineWaterfall.Compute(quarter.Plus(-i), histories)).ToList();
        return Compute(previous[0].Ending, targets, rates ?? PlanningRates.Observe(previous));
    }

    private static decimal Cents(decimal amount) => Math.Round(amount, 2, MidpointRounding.ToEven);
}
