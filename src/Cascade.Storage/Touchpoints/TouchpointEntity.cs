using Azure;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Touchpoints;

/// <summary>A touchpoint row of the <c>Touchpoints</c> table (see <see cref="TouchpointStore"/> for the keys).</summary>
public sealed class TouchpointEntity : ITableEntity, IProfileColumns
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string EventId { get; set; } = string.Empty;
    public DateTimeOffset OccurredAt { get; set; }
    public string Type { get; set; } = string.Empty;
    public string Channel { get; set; } = string.Empty;
    public string Origin { get; set; } = string.Empty;
    public string? Campaign { get; set; }
    public string? Content { get; set; }
    public string? UtmSource { get; set; }
    public string? UtmMedium { get; set; }
    public string? UtmCampaign { get; set; }
    public string? UtmTerm { get; set; }
    public string? UtmContent { get; set; }
    public string? PageUrl { get; set; }
    public string? Referrer { get; set; }
    public string? AnonymousId { get; set; }
    public string? Email { get; set; }
    public string? AccountDomain { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? JobTitle { get; set; }
    public string? Company { get; set; }
    public string? Industry { get; set; }
    public int? CompanySize { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }

    /// <summary>The answer 0–10 of an <c>nps_response</c>; null for every other type.</summary>
    public int? Score { get; set; }
}
