using Cascade.Domain.Customers;

namespace Cascade.Storage.Customers;

/// <summary>
/// One customer account as its last evaluation left it: the state and history the replay gave as of
/// <see cref="EvaluatedAt"/>, its won deals (each once) and the facts it was evaluated from.
/// </summary>
public sealed record CustomerRecord(
    string Domain, CustomerState State, IReadOnlyList<CustomerStatusChange> History, IReadOnlyList<CustomerDeal> WonDeals, DateTimeOffset EvaluatedAt)
{
    /// <summary>
    /// The facts it was evaluated from, summarised, from which a touch's evaluation replays them again without reading
    /// them; null for a row that has none (written before summaries, or whose summary outgrew a property).
    /// </summary>
    public CustomerFactSummary? Summary { get; init; }

    /// <summary>The first won deal's close: when the account became a customer.</summary>
    public DateTimeOffset? FirstWonAt => WonDeals.Count == 0 ? null : WonDeals.Min(d => d.ClosedAt);
}
