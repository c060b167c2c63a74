using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// What an evaluation read that decides which attributions to ask for: the opportunities whose journeys hold the
/// person's touches, and those touches (stitched anonymous ones included). Empty when nothing is known of the person.
/// </summary>
public sealed record EvaluatedPerson(IReadOnlyList<OpportunityHistory> Journeys, IReadOnlyList<Touchpoint> Touches)
{
    public static readonly EvaluatedPerson Unknown = new([], []);
}
