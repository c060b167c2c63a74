using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>One opportunity listed under the month of its attribution's period instant (<see cref="AttributionPeriodStore"/>).</summary>
public sealed class AttributionPeriodEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OpportunityId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
}
