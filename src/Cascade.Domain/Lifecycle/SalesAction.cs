namespace Cascade.Domain.Lifecycle;

/// <summary>
/// An explicit action taken on the lead at an instant (accept, reject, qualify, disqualify, recycle,
/// mark/unmark fan, sales entry), as the lifecycle event it stands for.
/// </summary>
public sealed record SalesAction(DateTimeOffset At, LifecycleEvent Event);
