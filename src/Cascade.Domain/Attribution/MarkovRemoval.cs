namespace Cascade.Domain.Attribution;

/// <summary>
/// How <see cref="MarkovChannelModel"/> measures P(CONVERSION) once a channel is removed.
/// </summary>
public enum MarkovRemoval
{
    /// <summary>
    /// Each path keeps its own history: removing a channel turns every path through it into NULL, so
    /// P(without c) / P is the share of converting paths that never touch c. This is the chain whose states
    /// are path prefixes (solving it needs no elimination), and it is what the shared sample answers give.
    /// </summary>
    WholePath,

    /// <summary>
    /// The first-order chain over channels: transitions are pooled across paths and P is solved as an
    /// absorbing chain (Gaussian elimination). Futures of different paths mix at shared channels.
    /// </summary>
    FirstOrderChain,
}
