namespace Cascade.App.Customers;

/// <summary>One person of an account and their lead stage (snake_case; null when Cascade has not evaluated them).</summary>
public sealed record AccountPersonView(string Email, string? Stage);
