namespace Cascade.Domain.Lifecycle.Events;

/// <summary>Sales qualifies the lead with BANT (sal → sql).</summary>
public sealed record LeadQualified(Bant Bant, string User) : LifecycleEvent
{
    public override string Action => "qualify";
}
