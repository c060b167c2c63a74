using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Accounts;

/// <summary>A person of an account in the <c>Accounts</c> table.</summary>
public sealed class AccountMemberEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Domain { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
}
