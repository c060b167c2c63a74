namespace Cascade.App.Rebuild;

/// <summary>
/// <c>GET /api/admin/rebuild</c>: the latest rebuild (when it was asked for; when its message had listed the store and
/// queued the work, with how many people and opportunities, 0 until then) and what still waits: the rebuild message,
/// people marked for evaluation and messages in the <c>transitions</c> and <c>attribution</c> queues (approximate, as
/// the queue service counts them). <see cref="Done"/> once the work was queued and nothing waits.
/// </summary>
public sealed record RebuildStatus(
    DateTimeOffset StartedAt,
    DateTimeOffset? QueuedAt,
    int People,
    int Opportunities,
    int RebuildMessages,
    int PendingEvaluations,
    int TransitionMessages,
    int AttributionMessages,
    bool Done);
