using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Customers;

/// <summary>One applied status change, as the account's history keeps it.</summary>
public sealed record CustomerStatusChange(CustomerStatus From, CustomerStatus To, DateTimeOffset At, TransitionCause Cause);
