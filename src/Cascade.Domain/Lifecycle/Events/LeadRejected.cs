namespace Cascade.Domain.Lifecycle.Events;

/// <summary>Sales rejects the lead (mql, sal → sales_rejected); a reason is required.</summary>
public sealed record LeadRejected(string Reason, string User) : LifecycleEvent
{
    public override string Action => "sales_reject";
}
