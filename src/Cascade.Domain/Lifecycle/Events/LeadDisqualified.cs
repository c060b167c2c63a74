namespace Cascade.Domain.Lifecycle.Events;

/// <summary>The person is not the ideal customer (any non-closed stage → disqualified); a reason is required.</summary>
public sealed record LeadDisqualified(string Reason, string? User = null) : LifecycleEvent
{
    public override string Action => "disqualify";
}
