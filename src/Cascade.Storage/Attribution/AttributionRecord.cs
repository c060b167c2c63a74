using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;

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

    /// <summary>The deal's type when computed; null for a result saved before types were kept (a rebuild adds it).</summary>
    public OpportunityType? Type { get; init; }
}
