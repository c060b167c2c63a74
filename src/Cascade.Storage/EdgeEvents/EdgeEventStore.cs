using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.EdgeEvents;

/// <summary>
/// Edge idempotency: which event ids were accepted before, recorded durably so that a replay straight after
/// the first post is still a duplicate (api.md). Two steps keep every accepted event: <see cref="RecordAsync"/>
/// before queuing, <see cref="ConfirmQueuedAsync"/> after; an id recorded but never confirmed (the request
/// failed or died in between) is queued again by the next post that carries it — the handlers are idempotent,
/// so at worst it is processed twice and stored once.
/// Table <c>EdgeEvents</c>: PartitionKey = <c>b</c> + the first hex digit of SHA-256(eventId) (16 buckets, so a
/// 500-id batch costs about 16 transactions), RowKey = the escaped event id.
/// </summary>
public sealed class EdgeEventStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.EdgeEventsTable);

    public async Task<EdgeEventResult> RecordAsync(IReadOnlyList<string> eventIds, DateTimeOffset seenAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventIds);
        var entities = eventIds.Select(id => (ITableEntity)new EdgeEventEntity
        {
            PartitionKey = PartitionOf(id),
            RowKey = TableKeys.Escape(id),
            EventId = id,
            SeenAt = seenAt,
        }).ToList();
        var present = await InsertIfAbsent.RunAsync(Table, entities, cancellationToken);

        var statuses = new EdgeEventStatus[eventIds.Count];
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var lookups = new List<Task<(int Index, bool Queued)>>();
        for (var i = 0; i < eventIds.Count; i++)
        {
            if (!firstIndex.TryAdd(eventIds[i], i))
            {
                // Repeated inside one request: the first occurrence is the one queued.
                statuses[i] = EdgeEventStatus.Queued;
            }
            else if (present[i])
            {
                lookups.Add(IsQueuedAsync(i, entities[i], cancellationToken));
            }
        }

        foreach (var (index, queued) in await Task.WhenAll(lookups))
        {
            statuses[index] = queued ? EdgeEventStatus.Queued : EdgeEventStatus.Unconfirmed;
        }

        return new EdgeEventResult(statuses);
    }

    /// <summary>Marks event ids as durably queued (merge, so it never undoes another request's record).</summary>
    public Task ConfirmQueuedAsync(IEnumerable<string> eventIds, DateTimeOffset queuedAt, CancellationToken cancellationToken = default)
    {
        var actions = eventIds.Distinct(StringComparer.Ordinal).Select(id => new TableTransactionAction(
            TableTransactionActionType.UpsertMerge,
            new TableEntity(PartitionOf(id), TableKeys.Escape(id)) { [nameof(EdgeEventEntity.QueuedAt)] = queuedAt }));
        return EntityGroups.SubmitAsync(Table, actions, cancellationToken);
    }

    public static string PartitionOf(string eventId) => TableKeys.Bucket("b", eventId);

    private async Task<(int, bool)> IsQueuedAsync(int index, ITableEntity key, CancellationToken cancellationToken)
    {
        var row = await TableQueries.FindAsync<EdgeEventEntity>(Table, key.PartitionKey, key.RowKey, cancellationToken);
        return (index, row?.QueuedAt is not null);
    }
}
