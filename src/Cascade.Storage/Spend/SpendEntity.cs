using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Spend;

/// <summary>One spend cell in the <c>Spend</c> table. Money is invariant decimal text (a Table double would round it).</summary>
public sealed class SpendEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Month { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public string? Campaign { get; set; }
    public string Amount { get; set; } = "0";
    public string Currency { get; set; } = string.Empty;
}
