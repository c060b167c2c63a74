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
}
