using System.Security.Cryptography;
using System.Text;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.EdgeEvents;

/// <summary>
/// The <c>EdgeEvents</c> table: every event id accepted at the edge, so that a replay straight after the
/// first post is answered as a duplicate before anything is queued (api.md, <c>duplicates</c>).
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = <c>b{h}</c>, where h is the first hex digit of the SHA-256 of the event id (16
/// buckets); RowKey = escaped event id. Hashing spreads load over partitions (no hot partition for ids that
/// share a prefix) while a batch of 500 ids still needs at most ~16 entity-group transactions, not 500
/// requests.</para>
/// <para>Insert-if-absent (<see cref="InsertIfAbsent"/>): an id already present is reported as a duplicate
/// and left as it was; an id repeated inside one batch counts as a duplicate the second time.</para>
/// </remarks>
public sealed class EdgeEventStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.EdgeEventsTable);

    /// <summary>Records the event ids seen at <paramref name="seenAt"/> and reports which were seen before.</summary>
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
        return new EdgeEventResult(await InsertIfAbsent.RunAsync(Table, entities, cancellationToken));
    }

    /// <summary>The bucket partition of an event id.</summary>
    public static string PartitionOf(string eventId)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(eventId));
        return "b" + Convert.ToHexStringLower(hash.AsSpan(0, 1))[0];
    }
}
