namespace Cascade.Domain.Customers;

/// <summary>A customer event the passing of time owes an account, and the instant it became due.</summary>
public sealed record CustomerMaintenanceEvent(DateTimeOffset DueAt, CustomerEvent Event);
