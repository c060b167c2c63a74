using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.People;

/// <summary>
/// A person's profile row as read at one moment, with the version (ETag) an update started from it is conditioned
/// on: <see cref="PersonStore.WriteAsync"/>.
/// </summary>
public sealed class PersonSnapshot
{
    internal PersonSnapshot(PersonRows rows, PersonEntity? row, PersonRecord? person, IReadOnlyList<Touchpoint>? journey = null)
    {
        Rows = rows;
        Row = row;
        Person = person;
        Journey = journey;
    }

    /// <summary>Where the profile was found (or, when absent, where it goes).</summary>
    internal PersonRows Rows { get; }

    internal PersonEntity? Row { get; }

    /// <summary>The person as stored; null when never evaluated.</summary>
    public PersonRecord? Person { get; }

    /// <summary>
    /// The whole journey the person's last evaluation decided from, every field of every touch
    /// (<see cref="PersonStore.ReadWithJourneyAsync"/>); null when not read with the profile, or none is kept whole.
    /// </summary>
    public IReadOnlyList<Touchpoint>? Journey { get; }
}
