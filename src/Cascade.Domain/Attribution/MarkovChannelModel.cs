namespace Cascade.Domain.Attribution;

/// <summary>
/// The Markov model of domain §5: paths from START through channels (repeats kept) to CONVERSION or NULL.
/// A channel's removal effect is 1 − P(without it)/P, where removing it sends every transition into it to
/// NULL; its share is its effect over the sum of effects. <see cref="MarkovRemoval"/> says how P is solved:
/// <list type="bullet">
/// <item><see cref="MarkovRemoval.WholePath"/> (default): each path keeps its history, so P(without c)/P is
/// the share of converting paths that avoid c. The shared sample's expected shares are exactly these.</item>
/// <item><see cref="MarkovRemoval.FirstOrderChain"/>: transition probabilities counted over channels (a
/// channel may loop to itself) and P solved exactly as an absorbing chain, x = Qx + b over START and the
/// channels, by Gaussian elimination with partial pivoting; a removed channel has x forced to 0.</item>
/// </list>
/// Both are exact and reproducible (no simulation); channels are ordered ordinally so the arithmetic does not
/// depend on path order.
/// </summary>
public static class MarkovChannelModel
{
    public static MarkovShares Fit(IEnumerable<ChannelPath> paths, MarkovRemoval removal = MarkovRemoval.WholePath)
    {
        var list = paths as IReadOnlyCollection<ChannelPath> ?? [.. paths];
        var channels = list.SelectMany(p => p.Channels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        if (channels.Length == 0)
        {
            return MarkovShares.Empty;
        }

        return removal == MarkovRemoval.WholePath ? FitWholePaths(list, channels) : FitFirstOrderChain(list, channels);
    }

    private static MarkovShares FitWholePaths(IReadOnlyCollection<ChannelPath> paths, string[] channels)
    {
        var converted = 0;
        var convertedThrough = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (!path.Converted)
            {
                continue;
            }

            converted++;
            foreach (var channel in path.Channels.Distinct(StringComparer.Ordinal))
            {
                convertedThrough[channel] = convertedThrough.GetValueOrDefault(channel) + 1;
            }
        }

        var p = (double)converted / paths.Count;
        var effects = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var channel in channels)
        {
            var without = (double)(converted - convertedThrough.GetValueOrDefault(channel)) / paths.Count;
            effects[channel] = p > 0 ? 1 - (without / p) : 0;
        }

        return MarkovShares.FromRemovalEffects(effects);
    }

    private static MarkovShares FitFirstOrderChain(IReadOnlyCollection<ChannelPath> paths, string[] channels)
    {
        var chain = TransitionCounts(paths, channels);
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
