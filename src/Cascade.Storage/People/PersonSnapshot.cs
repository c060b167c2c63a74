namespace Cascade.Storage.People;

/// <summary>
/// A person's profile row as read at one moment, with the version (ETag) an update started from it is conditioned
/// on: <see cref="PersonStore.WriteAsync"/>.
/// </summary>
public sealed class PersonSnapshot
{
    internal PersonSnapshot(PersonEntity? row, PersonRecord? person)
    {
        Row = row;
        Person = person;
    }

    internal PersonEntity? Row { get; }

    /// <summary>The person as stored; null when never evaluated.</summary>
    public PersonRecord? Person { get; }
}
