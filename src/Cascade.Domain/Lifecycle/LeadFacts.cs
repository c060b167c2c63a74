using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Lifecycle;

/// <summary>
/// Everything stored about one person, in any order: their touches (stitched anonymous ones included),
/// an optional imported profile, sales actions and the opportunities that name them. An import with
/// <see cref="ImportedAt"/> identifies the person at that instant and its profile counts from then on; an
/// imported profile without an instant is a base known from the start.
/// </summary>
public sealed record LeadFacts
{
    public required EmailAddress Email { get; init; }
    public IReadOnlyList<Touchpoint> Touches { get; init; } = [];
    public Profile? ImportedProfile { get; init; }
    public DateTimeOffset? ImportedAt { get; init; }
    public IReadOnlyList<SalesAction> SalesActions { get; init; } = [];
    public IReadOnlyList<OpportunityFact> Opportunities { get; init; } = [];

    /// <summary>The instant of the latest fact; null when there is none.</summary>
    public DateTimeOffset? LatestAt() =>
        Touches.Select(t => (DateTimeOffset?)t.OccurredAt)
            .Append(ImportedAt)
            .Concat(SalesActions.Select(a => (DateTimeOffset?)a.At))
            .Concat(Opportunities.Select(o => (DateTimeOffset?)o.At))
            .Max();
}
