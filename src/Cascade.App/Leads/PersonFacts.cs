using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.People;

namespace Cascade.App.Leads;

/// <summary>
/// Everything stored about one person that their lifecycle and score are computed from.
/// <see cref="Opportunities"/> are those that move the lead (they name it, domain §3);
/// <see cref="JourneyOpportunities"/> every one whose journey holds the person's touches (as contact or
/// as one of its account's people, domain §5).
/// </summary>
public sealed record PersonFacts(
    EmailAddress Email,
    IReadOnlyList<string> AnonymousIds,
    IReadOnlyList<Touchpoint> Touches,
    string? AccountDomain,
    LeadImport? Import,
    IReadOnlyList<SalesAction> SalesActions,
    IReadOnlyList<OpportunityHistory> Opportunities,
    IReadOnlyList<OpportunityHistory> JourneyOpportunities)
{
    /// <summary>What was found of the facts other than touches, kept on the profile (<see cref="PersonFactsSeen"/>).</summary>
    public PersonFactsSeen? Seen { get; init; }

    /// <summary>
    /// True when nothing at all is known of the person. Being named on a deal alone does not make a person: the CRM's
    /// contacts are its own data (an erased person must not come back from them), so a contact becomes a person with
    /// their first touch, import or sales action, and is then identified by the CRM from the deal's naming (domain §3).
    /// </summary>
    public bool IsUnknown => Touches.Count == 0 && Import is null && SalesActions.Count == 0;

    public LeadFacts ToLeadFacts() => new()
    {
        Email = Email,
        Touches = Touches,
        ImportedProfile = Import?.Profile,
        ImportedAt = Import?.At,
        SalesActions = SalesActions,
        Opportunities = Opportunities.SelectMany(h => OpportunityFact.For(h, Email, AccountDomain)).ToList(),
    };
}
