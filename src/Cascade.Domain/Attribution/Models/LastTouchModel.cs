namespace Cascade.Domain.Attribution.Models;

/// <summary><c>last_touch</c>: OC 1 for pipeline, CW 1 for revenue.</summary>
public sealed class LastTouchModel : IAttributionModel
{
    private LastTouchModel()
    {
    }

    public static LastTouchModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.LastTouch;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        if (journey.Kind == AttributionKind.Revenue)
        {
            PositionWeights.Apply(journey, weights, othersShare: 0, cw: 1);
        }
        else
        {
            PositionWeights.Apply(journey, weights, othersShare: 0, oc: 1);
        }
    }
}
