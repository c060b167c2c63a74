namespace Cascade.Domain.Attribution;

/// <summary>
/// The global share of each channel under the Markov model (removal effect / Σ removal effects); the
/// shares sum to 1, or the set is empty when nothing converted. A channel not listed has share 0.
/// </summary>
public sealed record MarkovShares
{
    private readonly Dictionary<string, double> _shares;

    private MarkovShares(Dictionary<string, double> shares) => _shares = shares;

    public static MarkovShares Empty { get; } = new(new Dictionary<string, double>(StringComparer.Ordinal));

    public IReadOnlyDictionary<string, double> Shares => _shares;

    public double ShareOf(string channel) => _shares.TryGetValue(channel, out var share) ? share : 0;

    /// <summary>
    /// Shares as an earlier fit gave them (a stored fit), kept bit for bit so that credits computed from them equal
    /// the fit's own. Zero shares are dropped, as a fit leaves them out.
    /// </summary>
    /// <exception cref="ArgumentException">A share is negative, not finite or above 1, or the shares do not sum to 1.</exception>
    public static MarkovShares FromShares(IReadOnlyDictionary<string, double> shares)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var kept = new Dictionary<string, double>(StringComparer.Ordinal);
        var total = 0.0;
        foreach (var (channel, share) in shares)
        {
            if (!double.IsFinite(share) || share < 0 || share > 1)
            {
                throw new ArgumentException($"The share of '{channel}' is {share}; a share lies in [0, 1].", nameof(shares));
            }

            if (share > 0)
            {
                kept[channel] = share;
                total += share;
            }
        }

        // Σ effect / Σ effects is 1 up to rounding; a set far from it is not a fit.
        if (kept.Count > 0 && Math.Abs(total - 1) > 1e-9)
        {
            throw new ArgumentException($"The shares sum to {total}, not 1.", nameof(shares));
        }

        return new MarkovShares(kept);
    }

    /// <summary>Shares from removal effects; channels with no positive effect get no share.</summary>
    public static MarkovShares FromRemovalEffects(IReadOnlyDictionary<string, double> effects)
    {
        var total = 0.0;
        foreach (var effect in effects.Values)
        {
            total += Math.Max(effect, 0);
        }

        var shares = new Dictionary<string, double>(StringComparer.Ordinal);
        if (total > 0)
        {
            foreach (var (channel, effect) in effects)
            {
                if (effect > 0)
                {
                    shares[channel] = effect / total;
                }
            }
        }

        return new MarkovShares(shares);
    }
}
