namespace Cascade.Storage.Customers;

/// <summary>One status change as the status row's <c>History</c> JSON keeps it.</summary>
internal sealed record CustomerChangeDocument(
    string From, string To, DateTimeOffset At, string Action, string? TouchpointId, string? OpportunityId, string? User, string? Reason);
