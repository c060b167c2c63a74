using Cascade.Domain.Attribution;

namespace Cascade.Storage.Attribution;

/// <summary>A stored attribution of one opportunity for one kind, as computed at <see cref="ComputedAt"/>.</summary>
public sealed record AttributionRecord(
    string OpportunityId,
    AttributionKind Kind,
    decimal Amount,
    Sourcing Sourced,
    bool Influenced,
    DateTimeOffset CreatedAt,
    DateTimeOffset ComputedAt,
    IReadOnlyList<AttributedTouch> Touches)
{
    /// <summary>The journey's last instant: creation (pipeline) or close (revenue, the instant "won in" periods use).</summary>
    public DateTimeOffset End { get; init; } = CreatedAt;
}
