namespace Cascade.Domain.Customers.Events;

/// <summary>A <c>renewal</c> deal of the account closed lost: the customer churned.</summary>
public sealed record RenewalLost(string OpportunityId) : CustomerEvent
{
    public override string Action => "renewal_lost";
}
