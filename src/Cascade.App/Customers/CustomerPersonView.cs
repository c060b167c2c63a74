namespace Cascade.App.Customers;

/// <summary>
/// A person of a customer account in <c>GET /api/people/{email}</c>: their own customer status, since when, and its
/// history with causes (<see cref="Domain.Customers.CustomerPersonStatus.Replay"/>: the account's deals and actions
/// with the person's touches as the only activity). Absent for a person of no customer account.
/// </summary>
public sealed record CustomerPersonView(string Status, DateTimeOffset? Since, IReadOnlyList<CustomerChangeView> History);
