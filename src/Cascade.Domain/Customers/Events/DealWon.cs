namespace Cascade.Domain.Customers.Events;

/// <summary>A deal of the account closed won: it makes a customer, counts as activity and ends a churn.</summary>
public sealed record DealWon(string OpportunityId) : CustomerEvent
{
    public override string Action => "deal_won";
}
