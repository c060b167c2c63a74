using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Rebuilds;

/// <summary>The row of the latest rebuild (<see cref="RebuildStore"/>).</summary>
public sealed class RebuildEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public DateTimeOffset StartedAt { get; set; }
    public int People { get; set; }
    public int Opportunities { get; set; }

    /// <summary>When the rebuild's message had queued the work; null before (and on rows saved before it was kept).</summary>
    public DateTimeOffset? QueuedAt { get; set; }
}
