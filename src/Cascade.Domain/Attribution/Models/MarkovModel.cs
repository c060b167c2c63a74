namespace Cascade.Domain.Attribution.Models;

/// <summary>
/// <c>markov</c>: the journey's channels share the credit in proportion to their global
/// <see cref="MarkovShares"/>, each channel's part split evenly among its touches. When none of the
/// journey's channels has a share (channels the store never saw convert), every touch weighs 1, as in
/// linear: the credit must go somewhere and nothing favours one touch.
/// </summary>
public sealed class MarkovModel : IAttributionModel
{
    private MarkovModel()
    {
    }

    public static MarkovModel Instance { get; } = new();

    public AttributionModel Model => AttributionModel.Markov;

    public void RawWeights(Journey journey, MarkovShares shares, Span<double> weights)
    {
        var channels = journey.Channels;
        Span<int> counts = channels.Count <= 64 ? stackalloc int[channels.Count] : new int[channels.Count];
        counts.Clear();
        for (var i = 0; i < weights.Length; i++)
        {
            counts[journey.ChannelIndexOf(i)]++;
        }

        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            var c = journey.ChannelIndexOf(i);
            weights[i] = shares.ShareOf(channels[c]) / counts[c];
            total += weights[i];
        }

        if (total <= 0)
        {
            weights.Fill(1);
        }
    }
}
