using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Scoring;

/// <summary>
/// The stored facts about one person that the scorer reads: their e-mail, an imported base profile,
/// their touches in any order (stitched anonymous ones included), the last recycling instant (only later
/// touches score behaviourally) and whether behaviour is frozen (fan or disqualified).
/// </summary>
public sealed record ScoringInput
{
    public EmailAddress? Email { get; init; }
    public Profile? BaseProfile { get; init; }
    public IReadOnlyList<Touchpoint> Touches { get; init; } = [];
    public DateTimeOffset? BehaviourResetAt { get; init; }
    public bool BehaviourFrozen { get; init; }
}
