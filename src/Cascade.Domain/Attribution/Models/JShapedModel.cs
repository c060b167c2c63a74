namespace Cascade.Domain.Attribution.Models;

/// <summary><c>j_shaped</c>: FT 20, OC 60 (CW for revenue), others share 20.</summary>
public sealed class JShapedModel : IAttributionModel
{
    private JShapedModel()
    {
    }

    public static JShapedModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.JShaped;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        if (journey.Kind == AttributionKind.Revenue)
        {
            PositionWeights.Apply(journey, weights, othersShare: 20, ft: 20, cw: 60);
        }
        else
        {
            PositionWeights.Apply(journey, weights, othersShare: 20, ft: 20, oc: 60);
        }
    }
}
