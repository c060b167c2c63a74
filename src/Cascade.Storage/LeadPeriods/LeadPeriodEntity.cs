using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.LeadPeriods;

/// <summary>One person listed under a month (<see cref="LeadPeriodStore"/>), with everything the funnel and ROI read of them.</summary>
public sealed class LeadPeriodEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Email { get; set; } = string.Empty;

    /// <summary>The person's <see cref="Cascade.Domain.Funnel.FunnelLead"/> as JSON (<see cref="LeadPeriodDocument"/>).</summary>
    public string Lead { get; set; } = string.Empty;

    /// <summary>When the evaluation that wrote the row ran: a person found under several months is read from the newest.</summary>
    public DateTimeOffset EvaluatedAt { get; set; }
}
