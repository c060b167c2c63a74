namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// <c>full_path</c>: pipeline FT 30, LC 30, OC 30, others share 10; revenue FT, LC, OC and CW 22.5 each,
/// others share 10.
/// </summary>
public sealed class FullPathModel : IAttributionModel
{
    private FullPathModel()
    {
    }

    public static FullPathModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.FullPath;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        if (journey.Kind == AttributionKind.Revenue)
        {
            PositionWeights.Apply(journey, weights, othersShare: 10, ft: 22.5, lc: 22.5, oc: 22.5, cw: 22.5);
        }
        else
        {
            PositionWeights.Apply(journey, weights, othersShare: 10, ft: 30, lc: 30, oc: 30);
        }
    }
}
