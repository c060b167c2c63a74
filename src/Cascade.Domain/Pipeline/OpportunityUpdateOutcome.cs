namespace Cascade.Domain.Pipeline;

/// <summary>What <see cref="OpportunityVersionRule.Decide"/> made of one CRM version (domain §6).</summary>
public enum OpportunityUpdateOutcome
{
    /// <summary>Kept: the first version at its <c>updatedAt</c>, or the one that outranks the stored version at that instant.</summary>
    Accepted,

    /// <summary><c>updatedAt</c> before <c>createdAt</c>: ignored, and counted in the 202's <c>stale</c>.</summary>
    Stale,

    /// <summary>The very version already stored at its <c>updatedAt</c> (same content): ignored.</summary>
    Replay,

    /// <summary>Another version is stored at the same <c>updatedAt</c> and its canonical JSON sorts greater: ignored.</summary>
    Outranked,
}
