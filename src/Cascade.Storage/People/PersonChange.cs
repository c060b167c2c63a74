using Cascade.Domain.Lifecycle;

namespace Cascade.Storage.People;

/// <summary>
/// What an update decided: the person to keep and their whole history; stored rows of transitions it no longer
/// holds are deleted.
/// </summary>
public sealed record PersonChange(PersonRecord Person, IReadOnlyList<StageTransition> Transitions)
{
    /// <summary>
    /// The person's journey the decision was made from, kept with the profile for the reports that read journeys
    /// (<see cref="PersonStore.JourneyAsync"/>); null leaves the kept one as it is (an update that read no touches).
    /// </summary>
    public IReadOnlyList<Cascade.Domain.Touchpoints.Touchpoint>? Journey { get; init; }

    /// <summary>
    /// The person's part in their deals' scopes as the decision's replay placed it, when it lasts
    /// (<see cref="Cascade.Domain.Workspace.ScopePerson.Lasting"/>): kept on the journey's row for attribution
    /// (<see cref="PersonStore.ScopeAsync"/>); null keeps none, and attribution replays the person's facts.
    /// </summary>
    public Cascade.Domain.Workspace.ScopePerson? Scope { get; init; }

    public static PersonChange To(PersonRecord person, params StageTransition[] transitions) => new(person, transitions);
}
