namespace Cascade.App.Rebuild;

/// <summary>
/// <c>GET /api/admin/rebuild</c>: the latest rebuild (when, how many people and opportunities it queued) and what
/// still waits: people marked for evaluation and messages in the <c>transitions</c> and <c>attribution</c> queues
/// (approximate, as the queue service counts them). <see cref="Done"/> when nothing waits.
/// </summary>
public sealed record RebuildStatus(
    DateTimeOffset StartedAt,
    int People,
    int Opportunities,
    int PendingEvaluations,
    int TransitionMessages,
    int AttributionMessages,
    bool Done);
