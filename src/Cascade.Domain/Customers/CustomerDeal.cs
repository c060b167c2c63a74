using Cascade.Domain.Pipeline;

namespace Cascade.Domain.Customers;

/// <summary>
/// One deal of a customer account as the customer figures read it: its type, its current status and amount, its
/// creation, and its close instant (as revenue is dated) when it is closed.
/// </summary>
public sealed record CustomerDeal(
    string OpportunityId, OpportunityType Type, OpportunityStatus Status, decimal Amount, DateTimeOffset CreatedAt, DateTimeOffset? ClosedAt)
{
    public bool IsWon => Status == OpportunityStatus.Won;

    /// <summary>The deal of <paramref name="history"/>, whose type was decided by <see cref="OpportunityTypes.Of"/>.</summary>
    public static CustomerDeal Of(OpportunityHistory history, OpportunityType type)
    {
        ArgumentNullException.ThrowIfNull(history);
        var current = history.Current ?? throw new ArgumentException($"The history of '{history.OpportunityId}' holds no state.", nameof(history));
        return new CustomerDeal(
            history.OpportunityId,
            type,
            current.Status,
            current.Amount,
            history.Created!.CreatedAt,
            current.IsOpen ? null : current.ClosedAt ?? current.UpdatedAt);
    }
}
