using Cascade.Domain.Lifecycle;

namespace Cascade.App.SalesActions;

/// <summary>
/// The outcome of a sales action: applied (or a no-op) with the lead's stage before and after, refused by
/// the lifecycle with its reason (and, for an accept, to whom the lead was routed), or an unknown person.
/// </summary>
public sealed record SalesActionResult(
    SalesActionOutcome Outcome, string Email, LifecycleStage? Stage, LifecycleStage? PreviousStage, string? Reason = null, string? RoutedTo = null);
