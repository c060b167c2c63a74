namespace Cascade.Domain.Attribution.Models;

/// <summary><c>first_touch</c>: FT 1.</summary>
public sealed class FirstTouchModel : IAttributionModel
{
    private FirstTouchModel()
    {
    }

    public static FirstTouchModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.FirstTouch;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights) =>
        PositionWeights.Apply(journey, weights, othersShare: 0, ft: 1);
}
