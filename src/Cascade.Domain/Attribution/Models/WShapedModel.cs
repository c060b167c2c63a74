namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// <c>w_shaped</c>: FT 30, LC 30, OC 30, others share 10, for pipeline and revenue alike: the first touch, the
/// lead-creation touch (the main conversion) and the touch that opened the deal, as Marketo Measure and HubSpot
/// weigh it. MQ stays a milestone of the journey but carries no W weight.
/// </summary>
public sealed class WShapedModel : IAttributionModel
{
    private WShapedModel()
    {
    }

    public static WShapedModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.WShaped;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights) =>
        PositionWeights.Apply(journey, weights, othersShare: 10, ft: 30, lc: 30, oc: 30);
}
