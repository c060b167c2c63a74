using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.LeadFacts;

/// <summary>A row of the LeadFacts table: PartitionKey the person, RowKey <c>{kind}:{id}</c>.</summary>
public sealed class LeadFactEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }
    public string Email { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Id { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string Json { get; set; } = string.Empty;
}
