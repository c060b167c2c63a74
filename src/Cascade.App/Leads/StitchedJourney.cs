using Cascade.Domain.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>A person's journey as read: the anonymous ids stitched to them (ordinal order) and every touch, chronological.</summary>
public sealed record StitchedJourney(IReadOnlyList<string> AnonymousIds, IReadOnlyList<Touchpoint> Touches);
