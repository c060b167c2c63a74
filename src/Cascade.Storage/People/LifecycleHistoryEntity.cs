using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.People;

/// <summary>One applied lifecycle transition of a person, a history row of the <c>People</c> table.</summary>
public sealed class LifecycleHistoryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string From { get; set; } = string.Empty;
    public string To { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string Action { get; set; } = string.Empty;
    public string? TouchpointId { get; set; }
    public double? Score { get; set; }
    public string? User { get; set; }
    public string? Reason { get; set; }
    public string? OpportunityId { get; set; }
}
