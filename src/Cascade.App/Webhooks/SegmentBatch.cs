using Cascade.App.People;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Webhooks;

/// <summary>
/// A Segment delivery read into Cascade's facts: <c>track</c> and <c>page</c> events as touchpoints, <c>identify</c>
/// calls as person upserts; <see cref="Skipped"/> counts the event types Cascade does not record.
/// </summary>
public sealed record SegmentBatch(IReadOnlyList<Touchpoint> Touchpoints, IReadOnlyList<PersonUpsert> People, int Skipped);
