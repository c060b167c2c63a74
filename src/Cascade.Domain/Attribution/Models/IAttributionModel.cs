namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// One model's rule: a raw weight per touch of a journey. Credits are raw / Σraw (see
/// <see cref="Credits"/>), so a rule only says how touches compare.
/// </summary>
public interface IAttributionModel
{
    AttributionModel Model { get; }

    /// <summary>
    /// Writes the raw weight of each touch of <paramref name="journey"/> into <paramref name="weights"/>
    /// (length = journey count; every slot is written).
    /// </summary>
    void RawWeights(Journey journey, MarkovShares shares, Span<double> weights);
}
