namespace Cascade.Storage.People;

/// <summary>The outcome of an update and the person as it stands afterwards (null when it still does not exist).</summary>
public sealed record PersonUpdateResult(PersonUpdateOutcome Outcome, PersonRecord? Person);
