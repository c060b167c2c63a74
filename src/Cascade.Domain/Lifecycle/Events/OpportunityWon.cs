namespace Cascade.Domain.Lifecycle.Events;

/// <summary>The CRM closed an opportunity of the person won: any stage but customer → customer (domain §3).</summary>
public sealed record OpportunityWon(string OpportunityId) : LifecycleEvent
{
    public override string Action => "crm_opportunity_won";
}
