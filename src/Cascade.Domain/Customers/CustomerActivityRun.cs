namespace Cascade.Domain.Customers;

/// <summary>
/// A run of an account's activity (<see cref="CustomerFactSummary"/>): its first instant and the touch the replay takes
/// first there, and its last instant.
/// </summary>
public sealed record CustomerActivityRun(DateTimeOffset From, string FirstId, DateTimeOffset To);
