using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// How one person's evaluation in a sweep ended: the opportunities whose journeys hold their touches and those touches
/// (stitched anonymous ones included), which decide the attributions to ask for; or why it failed (their mark stays,
/// so they are evaluated again). Empty lists when nothing is known of the person.
/// </summary>
public sealed record PersonEvaluation(
    EmailAddress Email, IReadOnlyList<OpportunityHistory> Journeys, IReadOnlyList<Touchpoint> Touches, Exception? Failure = null)
{
    /// <summary>The evaluation of a person of whom nothing is known, or that stopped at <paramref name="failure"/>.</summary>
    public static PersonEvaluation Empty(EmailAddress email, Exception? failure = null) => new(email, [], [], failure);
}
