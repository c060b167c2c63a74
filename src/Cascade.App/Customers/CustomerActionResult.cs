using Cascade.App.Validation;

namespace Cascade.App.Customers;

/// <summary>
/// The outcome of a customer action: applied (or a no-op, such as churning a churned customer) with the status
/// before the action and now, refused by the lifecycle with its reason, a bad route or <c>at</c>, or an unknown account.
/// </summary>
public sealed record CustomerActionResult(
    CustomerActionOutcome Outcome, string? Domain, string? CustomerStatus, string? PreviousStatus, string? Reason = null, ValidationErrors? Errors = null);
