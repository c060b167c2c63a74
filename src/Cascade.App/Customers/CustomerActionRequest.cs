namespace Cascade.App.Customers;

/// <summary>A <c>churn</c> or <c>reactivate</c> of <c>POST /api/accounts/{domain}/actions</c>: why, by whom, and when (default: now).</summary>
public sealed record CustomerActionRequest(string Action, string Reason, string? By, DateTimeOffset? At);
