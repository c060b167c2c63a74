namespace Cascade.Domain.Pipeline;

/// <summary>
/// The one home of domain §6's rule on CRM versions, which the history, the store and the ingestion edge all
/// call: every version is kept by its <c>updatedAt</c>, whatever the arrival order.
/// <list type="bullet">
/// <item>A version whose <c>updatedAt</c> is before its <c>createdAt</c> is <see cref="OpportunityUpdateOutcome.Stale"/>;
/// this needs nothing stored, so the edge can count it in the 202.</item>
/// <item>A version whose <c>updatedAt</c> equals a stored one is a <see cref="OpportunityUpdateOutcome.Replay"/> when its
/// canonical JSON (<see cref="OpportunityCanonicalJson"/>) is the same, else the one whose canonical JSON sorts greater
/// (ordinal) is kept: <see cref="OpportunityUpdateOutcome.Accepted"/> or <see cref="OpportunityUpdateOutcome.Outranked"/>.</item>
/// <item>Any other version is <see cref="OpportunityUpdateOutcome.Accepted"/>, older or newer than what is stored.</item>
/// </list>
/// </summary>
public static class OpportunityVersionRule
{
    /// <summary>True when the version is dated before the deal's creation and must be ignored.</summary>
    public static bool IsStale(Opportunity version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return version.UpdatedAt < version.CreatedAt;
    }

    /// <summary>
    /// Decides <paramref name="version"/> against <paramref name="stored"/>, the version already stored at the same
    /// <c>updatedAt</c> (null when none is).
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="stored"/> is of another deal or instant (a caller bug).</exception>
    public static OpportunityUpdateOutcome Decide(Opportunity version, Opportunity? stored)
    {
        if (IsStale(version))
        {
            return OpportunityUpdateOutcome.Stale;
        }

        if (stored is null)
        {
            return OpportunityUpdateOutcome.Accepted;
        }

        if (!string.Equals(stored.OpportunityId, version.OpportunityId, StringComparison.Ordinal) || stored.UpdatedAt != version.UpdatedAt)
        {
            throw new ArgumentException("The stored version compared must be of the same deal and updatedAt.", nameof(stored));
        }

        var order = string.CompareOrdinal(OpportunityCanonicalJson.Of(version), OpportunityCanonicalJson.Of(stored));
        return order switch
        {
            0 => OpportunityUpdateOutcome.Replay,
            > 0 => OpportunityUpdateOutcome.Accepted,
            _ => OpportunityUpdateOutcome.Outranked,
        };
    }
}
