using Cascade.Domain.Attribution;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The Markov shares fitted over every journey of the store at <see cref="FittedAt"/>: what the attribution
/// queue credits the Markov model with.
/// </summary>
public sealed record MarkovFit(MarkovShares Shares, DateTimeOffset FittedAt);
