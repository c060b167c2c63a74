using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Identities;

/// <summary>The owner row of an anonymous id in the <c>Identities</c> table: who it is stitched to, and by which touch.</summary>
public sealed class IdentityOwnerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string AnonymousId { get; set; } = string.Empty;
    public string Email { get; set; } = string.Empty;
    public DateTimeOffset StitchedAt { get; set; }
    public string StitchEventId { get; set; } = string.Empty;
}
