using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.EdgeEvents;

/// <summary>
/// Edge idempotency: which event ids were accepted before, recorded durably so that a replay straight after
/// the first post is still a duplicate (api.md). The edge records an id only once its touchpoint is durably queued
/// (<see cref="RecordAsync"/> after the put), so a recorded id is a queued one and recording is one insert-if-absent
/// request per bucket; an id whose request failed before it was recorded is queued again by the next post that carries
/// it — the handlers are idempotent, so at worst it is processed twice and stored once.
/// Table <c>EdgeEvents</c>: PartitionKey = <c>b</c> + the first hex digit of SHA-256(eventId) (16 buckets, so a
/// 500-id batch costs about 16 transactions), RowKey = the escaped event id.
/// </summary>
public sealed class EdgeEventStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.EdgeEventsTable);

    /// <summary>
    /// Records event ids that were just durably queued; answers, per id, whether it is new or was recorded before (or
    /// repeats an earlier id of the list). Rows of the two-step edge that were never confirmed count as recorded: their
    /// touchpoint is queued by this request anyway.
    /// </summary>
    public async Task<EdgeEventResult> RecordAsync(IReadOnlyList<string> eventIds, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var entities = eventIds.Select(id => (ITableEntity)new EdgeEventEntity
        {
            PartitionKey = PartitionOf(id),
            RowKey = TableKeys.Escape(id),
            EventId = id,
            SeenAt = queuedAt,
            QueuedAt = queuedAt,
        }).ToList();
        var present = await InsertIfAbsent.RunAsync(Table, entities, cancellationToken);
        return new EdgeEventResult(present.Select(p => p ? EdgeEventStatus.Queued : EdgeEventStatus.New).ToList());
    }

    public static string PartitionOf(string eventId) => TableKeys.Bucket("b", eventId);
}
