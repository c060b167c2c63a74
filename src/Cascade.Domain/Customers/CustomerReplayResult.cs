namespace Cascade.Domain.Customers;

/// <summary>Where a customer stands at the replay's instant, and every status change that led there.</summary>
public sealed record CustomerReplayResult(CustomerState State, IReadOnlyList<CustomerStatusChange> History);
