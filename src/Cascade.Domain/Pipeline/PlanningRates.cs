namespace Cascade.Domain.Pipeline;

/// <summary>
/// The loss and value-change rates a plan projects with, as fractions of the starting pipeline S.
/// </summary>
/// <remarks>
/// Observed rates pool the last four quarters: loss rate = Σ L ÷ Σ S and value-change rate = Σ V ÷ Σ S
/// (V is signed, usually negative). Pooling weights each quarter by its starting pipeline, so one quarter
/// with a tiny S cannot blow the rate up. With no observed starting pipeline both rates are 0: there is
/// nothing to project from, and the plan then asks for E − S + W.
/// </remarks>
public sealed record PlanningRates
{
    private PlanningRates(decimal lossRate, decimal valueChangeRate, IReadOnlyList<Quarter> observedQuarters)
    {
        LossRate = lossRate;
        ValueChangeRate = valueChangeRate;
        ObservedQuarters = observedQuarters;
    }

    /// <summary>Expected closed lost L as a fraction of S.</summary>
    public decimal LossRate { get; }

    /// <summary>Expected value change V as a signed fraction of S.</summary>
    public decimal ValueChangeRate { get; }

    /// <summary>The quarters the rates were observed over, in order; empty for given rates.</summary>
    public IReadOnlyList<Quarter> ObservedQuarters { get; }

    /// <summary>Rates set by hand.</summary>
    public static PlanningRates Given(decimal lossRate, decimal valueChangeRate) => new(lossRate, valueChangeRate, []);

    /// <summary>Rates observed over the four latest quarters among <paramref name="waterfalls"/> (fewer if fewer are given).</summary>
    public static PlanningRates Observe(IEnumerable<PipelineWaterfall> waterfalls)
    {
        var last = waterfalls.OrderBy(w => w.Quarter).TakeLast(4).ToList();
        var starting = last.Sum(w => w.Starting);
        var quarters = last.Select(w => w.Quarter).ToList();
        return starting == 0
            ? new PlanningRates(0, 0, quarters)
            : new PlanningRates(last.Sum(w => w.ClosedLost) / starting, last.Sum(w => w.ValueChange) / starting, quarters);
    }
}
