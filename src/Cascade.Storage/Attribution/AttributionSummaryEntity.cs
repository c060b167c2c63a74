using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>The summary row of one opportunity's attribution for one kind, in the <c>Attribution</c> table.</summary>
public sealed class AttributionSummaryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string OpportunityId { get; set; } = string.Empty;
    public string Kind { get; set; } = string.Empty;
    public string Amount { get; set; } = "0";
    public string Sourced { get; set; } = string.Empty;
    public bool Influenced { get; set; }
    public int TouchCount { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The journey's last instant: creation (pipeline) or close (revenue); null on rows saved before it was kept.</summary>
    public DateTimeOffset? End { get; set; }
    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>The deal's type when computed (<c>new_business</c>, <c>expansion</c>, <c>renewal</c>); null on rows saved before it was kept.</summary>
    public string? OpportunityType { get; set; }

    /// <summary>
    /// Pipeline rows: the first marketing touch after the deal's creation that counts it as influenced while open
    /// (<see cref="Domain.Pipeline.OpenInfluence.FirstTouch"/>); null when none.
    /// </summary>
    public DateTimeOffset? OpenInfluencedFrom { get; set; }

    /// <summary>Pipeline rows: the deal's counted creation <see cref="OpenInfluencedFrom"/> was found against (<see cref="OpenInfluenceMark"/>).</summary>
    public DateTimeOffset? OpenInfluenceCreatedAt { get; set; }

    /// <summary>Pipeline rows: the <c>updatedAt</c> of the deal's current version then (<see cref="OpenInfluenceMark"/>).</summary>
    public DateTimeOffset? OpenInfluenceVersionAt { get; set; }

    /// <summary>New on every save: tells a writer filing the period copy whether the result changed since it read it.</summary>
    public string? Version { get; set; }

    /// <summary>
    /// Months (<c>yyyy-MM</c>, comma-separated) under which an earlier result of this row may still have a copy: kept
    /// until the copies there are removed, so a writer that stops between its save and that removal leaves the work
    /// to the next save instead of a copy no one removes.
    /// </summary>
    public string? StalePeriods { get; set; }
}
