namespace Cascade.App.Customers;

/// <summary>One deal of an account: its type (<c>new_business</c>, <c>expansion</c>, <c>renewal</c>), status and current amount.</summary>
public sealed record AccountOpportunityView(string OpportunityId, string Type, string Status, decimal Amount);
