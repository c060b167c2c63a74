using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.OpportunityLinks;

/// <summary>A row of the OpportunityLinks table: who or which account an opportunity names.</summary>
public sealed class OpportunityLinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string OpportunityId { get; set; } = string.Empty;
}
