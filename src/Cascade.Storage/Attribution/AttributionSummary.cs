using Cascade.Domain.Pipeline;

namespace Cascade.Storage.Attribution;

/// <summary>
/// What the period reports read of a deal's stored attribution besides its credits, in one keyed read: the deal's type
/// when computed (null on rows saved before types were kept) and, on pipeline rows, the instant from which the deal
/// counts as influenced by marketing while open (<see cref="OpenInfluence.FirstTouch"/>; null when no touch does).
/// </summary>
public sealed record AttributionSummary(string OpportunityId, OpportunityType? Type, DateTimeOffset? OpenInfluencedFrom);
