namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// Every open opportunity of the person has closed lost (the caller checks that none is left open):
/// opportunity → lost. <see cref="LastOpportunityId"/> is the one whose loss closed the set.
/// </summary>
public sealed record OpportunitiesLost(string? LastOpportunityId) : LifecycleEvent
{
    public override string Action => "opportunities_lost";
}
