namespace Cascade.Domain.Pipeline;

/// <summary>What happened to one CRM state applied to an <see cref="OpportunityHistory"/>.</summary>
public enum OpportunityUpdateOutcome
{
    /// <summary>Newer than the stored state: it is now the current state.</summary>
    Accepted,

    /// <summary><c>updatedAt</c> not newer than the stored state: ignored.</summary>
    Stale,
}
