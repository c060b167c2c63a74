namespace Cascade.Domain.Attribution.Models;

/// <summary><c>w_shaped</c>: FT 30, MQ 30, OC 30, others share 10.</summary>
public sealed class WShapedModel : IAttributionModel
{
    private WShapedModel()
    {
    }

    public static WShapedModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.WShaped;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights) =>
        PositionWeights.Apply(journey, weights, othersShare: 10, ft: 30, mq: 30, oc: 30);
}
