namespace Cascade.Domain.Attribution;

/// <summary>
/// One journey as the Markov model sees it: the channels of its touches in order (repeats kept) and
/// whether it ended in CONVERSION or in NULL.
/// </summary>
public sealed record ChannelPath(IReadOnlyList<string> Channels, bool Converted);
