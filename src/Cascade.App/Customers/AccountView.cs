namespace Cascade.App.Customers;

/// <summary>
/// <c>GET /api/accounts/{domain}</c>: the account's customer status (null while it is no customer) and since when,
/// its people, its deals, its lifetime value (the sum of its won deals), its first win, its last activity and the
/// status history.
/// </summary>
public sealed record AccountView(
    string Domain,
    string? CustomerStatus,
    DateTimeOffset? Since,
    IReadOnlyList<AccountPersonView> People,
    IReadOnlyList<AccountOpportunityView> Opportunities,
    decimal LifetimeValue,
    DateTimeOffset? FirstWonAt,
    DateTimeOffset? LastActivityAt,
    IReadOnlyList<CustomerChangeView> History);
