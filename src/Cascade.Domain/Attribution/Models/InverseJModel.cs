namespace Cascade.Domain.Attribution.Models;

/// <summary><c>inverse_j</c>: FT 60, OC 20 (CW for revenue), others share 20.</summary>
public sealed class InverseJModel : IAttributionModel
{
    private InverseJModel()
    {
    }

    public static InverseJModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.InverseJ;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        if (journey.Kind == AttributionKind.Revenue)
        {
            PositionWeights.Apply(journey, weights, othersShare: 20, ft: 60, cw: 20);
        }
        else
        {
            PositionWeights.Apply(journey, weights, othersShare: 20, ft: 60, oc: 20);
        }
    }
}
