namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// The CRM closed lost every open opportunity of the person (the caller checks that none is left open):
/// opportunity → lost. <see cref="LastOpportunityId"/> is the one whose loss closed the set.
/// </summary>
public sealed record OpportunitiesLost(string? LastOpportunityId) : LifecycleEvent
{
    public override string Action => "crm_opportunities_lost";
}
