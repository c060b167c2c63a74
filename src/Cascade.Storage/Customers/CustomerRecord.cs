using Cascade.Domain.Customers;

namespace Cascade.Storage.Customers;

/// <summary>
/// One customer account as its last evaluation left it: the state and history the replay gave as of
/// <see cref="EvaluatedAt"/>, and its won deals (each once).
/// </summary>
public sealed record CustomerRecord(
    string Domain, CustomerState State, IReadOnlyList<CustomerStatusChange> History, IReadOnlyList<CustomerDeal> WonDeals, DateTimeOffset EvaluatedAt)
{
    /// <summary>The first won deal's close: when the account became a customer.</summary>
    public DateTimeOffset? FirstWonAt => WonDeals.Count == 0 ? null : WonDeals.Min(d => d.ClosedAt);
}
