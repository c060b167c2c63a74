using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Opportunities;

/// <summary>
/// One full CRM state of an opportunity in the <c>Opportunities</c> table (the first, the current, or a
/// history row). Money is an invariant decimal string (tables have no decimal type); the close date is
/// <c>yyyy-MM-dd</c>; contact e-mails are a JSON array.
/// </summary>
public sealed class OpportunityEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    // Left out of the JSON of versions kept on another row (OpportunityStore.Encode): they belong to this row alone.
    [JsonIgnore]
    public DateTimeOffset? Timestamp { get; set; }

    [JsonIgnore]
    public ETag ETag { get; set; }

    public string OpportunityId { get; set; } = string.Empty;
    public string? Name { get; set; }
    public string? AccountDomain { get; set; }
    public string ContactEmails { get; set; } = "[]";
    public string Amount { get; set; } = "0";
    public string? Stage { get; set; }
    public string? Owner { get; set; }
    public string CloseDate { get; set; } = string.Empty;
    public string Status { get; set; } = string.Empty;
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The type the CRM named (<c>new_business</c>, <c>expansion</c>, <c>renewal</c>); null when it named none.</summary>
    public string? Type { get; set; }
}
