namespace Cascade.Domain.Customers.Events;

/// <summary><c>POST /api/accounts/{domain}/actions { "action": "churn" }</c>: someone records that the customer left.</summary>
public sealed record ChurnMarked(string Reason, string User) : CustomerEvent
{
    public override string Action => "churn";
}
