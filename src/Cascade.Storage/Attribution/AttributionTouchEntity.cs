using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// One credited touch of an attribution, in the <c>Attribution</c> table: the touch, its milestones, and its
/// credit and money under each model (JSON arrays in model order; ten numbers, far below the 64 KiB limit).
/// </summary>
public sealed class AttributionTouchEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EventId { get; set; } = string.Empty;
    public DateTimeOffset OccurredAt { get; set; }
    public string Type { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public string Origin { get; set; } = string.Empty;
    public string? Campaign { get; set; }
    public int Milestones { get; set; }
    public string Credits { get; set; } = "[]";
    public string Amounts { get; set; } = "[]";
}
