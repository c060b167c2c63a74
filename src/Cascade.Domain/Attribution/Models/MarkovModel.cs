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
        var channelOf = new int[weights.Length];
        for (var i = 0; i < channelOf.Length; i++)
        {
            channelOf[i] = journey.ChannelIndexOf(i);
        }

        RawWeights(journey.Channels, channelOf, shares, weights);
    }

    /// <summary>
    /// The credits of a stored journey, given its touches' channels in journey order: what a read applies the
    /// latest fit's shares with (domain §5: the shares of the latest fit, applied when the credits are read).
    /// </summary>
    public static double[] Credits(IReadOnlyList<string> touchChannels, MarkovShares shares)
    {
        ArgumentNullException.ThrowIfNull(touchChannels);
        ArgumentNullException.ThrowIfNull(shares);
        var channels = new List<string>();
        var indexOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var channelOf = new int[touchChannels.Count];
        for (var i = 0; i < channelOf.Length; i++)
        {
            if (!indexOf.TryGetValue(touchChannels[i], out var c))
            {
                indexOf[touchChannels[i]] = c = channels.Count;
                channels.Add(touchChannels[i]);
            }

            channelOf[i] = c;
        }

        var raw = new double[channelOf.Length];
        var credits = new double[channelOf.Length];
        if (raw.Length > 0)
        {
            RawWeights(channels, channelOf, shares, raw);
            Attribution.Credits.Normalize(raw, credits);
        }

        return credits;
    }

    private static void RawWeights(IReadOnlyList<string> channels, int[] channelOf, MarkovShares shares, Span<double> weights)
    {
        Span<int> counts = channels.Count <= 64 ? stackalloc int[channels.Count] : new int[channels.Count];
        counts.Clear();
        for (var i = 0; i < weights.Length; i++)
        {
            counts[channelOf[i]]++;
        }

        var total = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            var c = channelOf[i];
            weights[i] = shares.ShareOf(channels[c]) / counts[c];
            total += weights[i];
        }

        if (total <= 0)
        {
            weights.Fill(1);
        }
    }
}
