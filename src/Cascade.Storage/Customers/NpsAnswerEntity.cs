using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Customers;

/// <summary>One <c>nps_response</c> in the <c>CustomerFacts</c> table, listed under its month (see <see cref="CustomerFactStore"/>).</summary>
public sealed class NpsAnswerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Person { get; set; } = string.Empty;
    public string EventId { get; set; } = string.Empty;
    public DateTimeOffset At { get; set; }
    public int Score { get; set; }
}
