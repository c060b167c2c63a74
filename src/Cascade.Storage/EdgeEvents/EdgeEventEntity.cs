using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.EdgeEvents;

/// <summary>An event id accepted at the edge, recorded once its touchpoint was queued (<see cref="QueuedAt"/>; rows of the earlier two-step edge may lack it).</summary>
public sealed class EdgeEventEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EventId { get; set; } = string.Empty;
    public DateTimeOffset SeenAt { get; set; }
    public DateTimeOffset? QueuedAt { get; set; }
}
