namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// The CRM names the person on an open opportunity (as contact, or through the account): any stage but customer →
/// opportunity (domain §3; the CRM is the authority on deals).
/// </summary>
public sealed record OpportunityOpened(string OpportunityId) : LifecycleEvent
{
    public override string Action => "crm_opportunity_opened";
}
