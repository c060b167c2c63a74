namespace Cascade.App.Messages;

/// <summary>An <c>attribution</c> queue item: recompute and store this opportunity's attribution.</summary>
/// <param name="OpportunityId">The deal.</param>
public sealed record AttributionRequest(string OpportunityId)
{
    /// <summary>
    /// The account the requester knew the deal by (its current version's), when it knew one: the attribution reads that
    /// account's link partition, whose row keeps the deal's versions and which the deal's type needs anyway, instead of
    /// the deal's own partition. Only a hint: a deal whose row there keeps no versions is read as before.
    /// </summary>
    public string? AccountDomain { get; init; }
}
