namespace Cascade.Domain.Attribution.Models;

/// <summary><c>u_shaped</c>: FT 40, LC 40, others share 20.</summary>
public sealed class UShapedModel : IAttributionModel
{
    private UShapedModel()
    {
    }

    public static UShapedModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.UShaped;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights) =>
        PositionWeights.Apply(journey, weights, othersShare: 20, ft: 40, lc: 40);
}
