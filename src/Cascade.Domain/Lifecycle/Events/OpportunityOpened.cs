namespace Cascade.Domain.Lifecycle.Events;

/// <summary>An open opportunity names the person (as contact, or through the account): → opportunity.</summary>
public sealed record OpportunityOpened(string OpportunityId) : LifecycleEvent
{
    public override string Action => "opportunity_opened";
}
