namespace Cascade.Functions.Accounts;

/// <summary>The 200 body of POST /api/accounts/{domain}/actions: the customer status after and before the action.</summary>
public sealed record AccountActionAnswer(string Domain, string? CustomerStatus, string? PreviousStatus);
