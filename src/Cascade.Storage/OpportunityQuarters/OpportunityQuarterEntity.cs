using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.OpportunityQuarters;

/// <summary>One opportunity listed under a quarter whose waterfall its history can move (<see cref="OpportunityQuarterStore"/>).</summary>
public sealed class OpportunityQuarterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OpportunityId { get; set; } = string.Empty;
}
