namespace Cascade.Storage.People;

/// <summary>What <see cref="PersonStore.UpdateAsync"/> did.</summary>
public enum PersonUpdateOutcome
{
    Created,
    Updated,

    /// <summary>The decision was to change nothing; nothing was written.</summary>
    Unchanged,
}
