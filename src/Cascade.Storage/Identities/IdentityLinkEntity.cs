using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Identities;

/// <summary>A person → anonymous id link row of the <c>Identities</c> table (an index; the owner row decides).</summary>
public sealed class IdentityLinkEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AnonymousId { get; set; } = string.Empty;
}
