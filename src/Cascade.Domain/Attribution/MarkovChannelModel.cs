namespace Cascade.Domain.Attribution;

/// <summary>
/// The Markov model of domain §5: paths from START through channels (repeats kept) to CONVERSION or NULL, one
/// first-order chain over channels fitted once on every whole path (transitions pooled across paths; a channel
/// may loop to itself). P = P(START reaches CONVERSION) is solved exactly as an absorbing chain, x = Qx + b over
/// START and the channels, by Gaussian elimination with partial pivoting (no simulation, so it is reproducible).
/// A channel's removal effect is 1 − P(without it)/P, where P(without it) uses the same fit with every
/// transition into the channel sent to NULL (its x forced to 0) — the removal effect of Anderl et al. (2016)
/// and of ChannelAttribution; the chain is never refitted on paths cut at the channel. Its share is its effect
/// over the sum of effects. Channels are ordered ordinally so the arithmetic does not depend on path order.
/// </summary>
public static class MarkovChannelModel
{
    public static MarkovShares Fit(IEnumerable<ChannelPath> paths)
    {
        var list = paths as IReadOnlyCollection<ChannelPath> ?? [.. paths];
        var channels = list.SelectMany(p => p.Channels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (channels.Length == 0)
        {
            return MarkovShares.Empty;
        }

        var chain = TransitionCounts(list, channels);
        var p = ConversionProbability(chain, removed: -1);
        var effects = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var c = 0; c < channels.Length; c++)
        {
            effects[channels[c]] = p > 0 ? 1 - (ConversionProbability(chain, removed: c) / p) : 0;
        }

        return MarkovShares.FromRemovalEffects(effects);
    }

    /// <summary>
    /// Counts per from-state (channels 0..n−1, START = n) and to-state (channels 0..n−1, CONVERSION = n,
    /// NULL = n + 1), as probabilities row by row.
    /// </summary>
    private static double[,] TransitionCounts(IEnumerable<ChannelPath> paths, string[] channels)
    {
        var n = channels.Length;
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            index[channels[i]] = i;
        }

        var counts = new double[n + 1, n + 2];
        foreach (var path in paths)
        {
            var from = n;
            foreach (var channel in path.Channels)
            {
                var to = index[channel];
                counts[from, to]++;
                from = to;
            }

            counts[from, path.Converted ? n : n + 1]++;
        }

        for (var s = 0; s <= n; s++)
        {
            var total = 0.0;
            for (var t = 0; t < n + 2; t++)
            {
                total += counts[s, t];
            }

            for (var t = 0; total > 0 && t < n + 2; t++)
            {
                counts[s, t] /= total;
            }
        }

        return counts;
    }

    /// <summary>P(START reaches CONVERSION), with channel <paramref name="removed"/> made a dead end (−1: none).</summary>
    private static double ConversionProbability(double[,] probabilities, int removed)
    {
        var n = probabilities.GetLength(1) - 2;
        var size = n + 1;
        var a = new double[size, size + 1];
        for (var s = 0; s < size; s++)
        {
            a[s, s] = 1;
            if (s == removed)
            {
                continue;
            }

            for (var t = 0; t < n; t++)
            {
                a[s, t] -= probabilities[s, t];
            }

            a[s, size] = probabilities[s, n];
        }

        return LinearSystem.Solve(a)[n];
    }
}
