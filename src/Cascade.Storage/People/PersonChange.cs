using Cascade.Domain.Lifecycle;

namespace Cascade.Storage.People;

/// <summary>What an update decided: the person to keep and the transitions to add to the history.</summary>
public sealed record PersonChange(PersonRecord Person, IReadOnlyList<StageTransition> Transitions)
{
    public static PersonChange To(PersonRecord person, params StageTransition[] transitions) => new(person, transitions);
}
