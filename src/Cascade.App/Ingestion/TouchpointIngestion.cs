using Cascade.App.Messages;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.EdgeEvents;
using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>
/// Accepts validated touchpoints: records their event ids at the edge, queues the new ones in as few
/// messages as fit, then confirms them. An id accepted and queued before is a duplicate and is not queued
/// again; one recorded but never confirmed (its request failed before queuing) is queued again. A failure
/// to queue propagates, so the caller answers 503 and never 202 for what it could not queue.
/// </summary>
public sealed class TouchpointIngestion(EdgeEventStore edgeEvents, QueueSender queue, TimeProvider time)
{
    public async Task<IngestionOutcome> AcceptAsync(IReadOnlyList<Touchpoint> touchpoints, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touchpoints);
        var now = time.GetUtcNow();
        var ids = touchpoints.Select(t => t.EventId).ToList();
        var seen = await edgeEvents.RecordAsync(ids, now, cancellationToken);

        var fresh = new List<InboundFact>();
        var freshIds = new List<string>();
        for (var i = 0; i < touchpoints.Count; i++)
        {
            if (seen.Statuses[i] != EdgeEventStatus.Queued)
            {
                fresh.Add(new InboundFact(TouchpointDocument.From(touchpoints[i]), null));
                freshIds.Add(ids[i]);
            }
        }

        await queue.SendAsync(QueueNames.Touchpoints, fresh, BatchIds.For("tp", now, freshIds), cancellationToken);
        await edgeEvents.ConfirmQueuedAsync(freshIds, now, cancellationToken);
        return new IngestionOutcome(fresh.Count, touchpoints.Count - fresh.Count);
    }
}
