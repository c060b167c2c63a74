using Cascade.Domain.Lifecycle;

namespace Cascade.Storage.People;

/// <summary>A person's profile row and their lifecycle history in time order, read together from their partition.</summary>
public sealed record StoredPerson(PersonRecord Person, IReadOnlyList<StageTransition> History);
