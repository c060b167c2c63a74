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
