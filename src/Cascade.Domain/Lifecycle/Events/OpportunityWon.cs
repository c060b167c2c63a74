namespace Cascade.Domain.Lifecycle.Events;

/// <summary>An opportunity of the person closed won: opportunity → customer.</summary>
public sealed record OpportunityWon(string OpportunityId) : LifecycleEvent
{
    public override string Action => "opportunity_won";
}
