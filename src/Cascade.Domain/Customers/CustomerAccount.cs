namespace Cascade.Domain.Customers;

/// <summary>
/// What the customer figures need of one account over a period: its status at the period's start and end, and
/// the amounts of its won deals (each once).
/// </summary>
public sealed record CustomerAccount(CustomerStatus AtStart, CustomerStatus AtEnd, IReadOnlyList<decimal> WonAmounts);
