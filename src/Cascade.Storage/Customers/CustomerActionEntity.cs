using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Customers;

/// <summary>A recorded churn or reactivate action in the <c>CustomerFacts</c> table (see <see cref="CustomerFactStore"/>).</summary>
public sealed class CustomerActionEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Action { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public string Reason { get; set; } = string.Empty;
    public string By { get; set; } = string.Empty;
}
