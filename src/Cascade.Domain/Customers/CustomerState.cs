namespace Cascade.Domain.Customers;

/// <summary>
/// Where one customer account (or person of one) stands: its status, since when, and its last activity (a touch
/// or a won close), from which the silence thresholds are measured.
/// </summary>
public sealed record CustomerState
{
    public static readonly CustomerState Prospect = new() { Status = CustomerStatus.None };

    public required CustomerStatus Status { get; init; }
    public DateTimeOffset? StatusSince { get; init; }
    public DateTimeOffset? LastActivityAt { get; init; }

    /// <summary>True once a deal was won: every status but <see cref="CustomerStatus.None"/>.</summary>
    public bool IsCustomer => Status != CustomerStatus.None;
}
