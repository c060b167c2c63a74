namespace Cascade.Storage.Customers;

/// <summary>One won deal as the status row's <c>WonDeals</c> JSON keeps it (amount as a JSON number, exact decimal).</summary>
internal sealed record CustomerDealDocument(string OpportunityId, string Type, decimal Amount, DateTimeOffset CreatedAt, DateTimeOffset ClosedAt);
