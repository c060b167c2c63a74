using Cascade.Domain.Lifecycle;

namespace Cascade.Storage.People;

/// <summary>
/// What an update decided: the person to keep and their whole history; stored rows of transitions it no longer
/// holds are deleted.
/// </summary>
public sealed record PersonChange(PersonRecord Person, IReadOnlyList<StageTransition> Transitions)
{
    public static PersonChange To(PersonRecord person, params StageTransition[] transitions) => new(person, transitions);
}
