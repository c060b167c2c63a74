using Cascade.Domain.Pipeline;

namespace Cascade.Storage.OpportunityLinks;

/// <summary>
/// A deal linked to an account, with the versions its link row keeps (<see cref="OpportunityLinkStore.LinkAsync"/>): null
/// when the row keeps none (written before rows kept them, or versions too long for the row), and the deal is then read.
/// </summary>
public sealed record AccountDealLink(string OpportunityId, IReadOnlyList<Opportunity>? Versions)
{
    /// <summary>The history of the kept versions; null when none documents the deal (or none is kept).</summary>
    public OpportunityHistory? History => Versions is null ? null : OpportunityHistory.Of(Versions);
}
