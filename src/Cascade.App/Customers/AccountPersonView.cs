namespace Cascade.App.Customers;

/// <summary>
/// One person of an account: their lead stage (snake_case; null when Cascade has not evaluated them) and, in a customer
/// account, their own customer status (<see cref="Domain.Customers.CustomerPersonStatus"/>; null otherwise).
/// </summary>
public sealed record AccountPersonView(string Email, string? Stage, string? CustomerStatus);
