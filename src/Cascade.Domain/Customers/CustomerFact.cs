namespace Cascade.Domain.Customers;

/// <summary>A stored fact of a customer's life: an event and the instant it happened.</summary>
public sealed record CustomerFact(DateTimeOffset At, CustomerEvent Event);
