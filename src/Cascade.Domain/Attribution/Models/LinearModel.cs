namespace Cascade.Domain.Attribution.Models;

/// <summary><c>linear</c>: every touch 1.</summary>
public sealed class LinearModel : IAttributionModel
{
    private LinearModel()
    {
    }

    public static LinearModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.Linear;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights) => weights.Fill(1);
}
