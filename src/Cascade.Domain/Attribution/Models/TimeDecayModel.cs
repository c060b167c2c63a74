namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// <c>time_decay</c>: 2^(−age / 7 days), the age measured back from the journey's end (creation for
/// pipeline, close for revenue).
/// </summary>
public sealed class TimeDecayModel : IAttributionModel
{
    /// <summary>The half-life of a touch's weight.</summary>
    public static readonly TimeSpan HalfLife = TimeSpan.FromDays(7);

    private TimeDecayModel()
    {
    }

    public static TimeDecayModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.TimeDecay;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        var touches = journey.Touches;
        for (var i = 0; i < weights.Length; i++)
        {
            var age = (journey.End - touches[i].OccurredAt) / HalfLife;
            weights[i] = Math.Pow(2, -age);
        }
    }
}
