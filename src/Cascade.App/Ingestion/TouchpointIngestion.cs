using Cascade.App.Messages;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.EdgeEvents;
using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>
/// Accepts validated touchpoints: queues them in as few messages as fit, then records their event ids at the edge —
/// two storage requests for a single post (a put and one insert transaction), a few for a batch. Recording after
/// queuing means an id is only ever recorded once it is durably queued, so an id seen before is a duplicate, and a
/// request that fails in between (503) leaves nothing recorded: its retry queues again, and the handlers, idempotent
/// by event id, store it once. A replayed event is queued again and costs the handlers a no-op; the count still
/// calls it a duplicate. A failure to queue or record propagates, so the caller answers 503 and never 202 for what it
/// could not keep.
/// </summary>
public sealed class TouchpointIngestion(EdgeEventStore edgeEvents, QueueSender queue, TimeProvider time)
{
    public async Task<IngestionOutcome> AcceptAsync(IReadOnlyList<Touchpoint> touchpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var now = time.GetUtcNow();

        // An id repeated inside one request: the first occurrence is queued, the others are duplicates.
        var distinct = touchpoints.DistinctBy(t => t.EventId, StringComparer.Ordinal).ToList();
        var ids = distinct.Select(t => t.EventId).ToList();
        var items = distinct.Select(t => new InboundFact(TouchpointDocument.From(t), null)).ToList();
        await queue.SendAsync(QueueNames.Touchpoints, items, BatchIds.For("tp", now, ids), cancellationToken);
        var seen = await edgeEvents.RecordAsync(ids, now, cancellationToken);
        return new IngestionOutcome(seen.Accepted, touchpoints.Count - seen.Accepted);
    }
}
