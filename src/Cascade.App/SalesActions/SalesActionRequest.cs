using Cascade.Domain.Lifecycle.Events;

namespace Cascade.App.SalesActions;

/// <summary>A sales action on a lead (<c>POST /api/people/{email}/actions</c>), as read from the request.</summary>
public sealed record SalesActionRequest(SalesActionKind Action, string? Reason, string? By, DateTimeOffset? At, Bant? Bant);
