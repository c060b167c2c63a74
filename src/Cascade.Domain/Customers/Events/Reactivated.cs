namespace Cascade.Domain.Customers.Events;

/// <summary><c>POST /api/accounts/{domain}/actions { "action": "reactivate" }</c>: a churned customer is back.</summary>
public sealed record Reactivated(string Reason, string User) : CustomerEvent
{
    public override string Action => "reactivate";
}
