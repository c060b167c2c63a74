using Azure;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

/// <summary>The profile row of a person in the <c>People</c> table: profile, stage, flags and score inputs.</summary>
public sealed class PersonEntity : ITableEntity, IProfileColumns
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Email { get; set; } = string.Empty;
    public string? AccountDomain { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }
    public string? JobTitle { get; set; }
    public string? Company { get; set; }
    public string? Industry { get; set; }
    public int? CompanySize { get; set; }
    public string? Country { get; set; }
    public string? Phone { get; set; }
    public string Stage { get; set; } = string.Empty;
    public bool IsFan { get; set; }
    public DateTimeOffset? StageSince { get; set; }
    public DateTimeOffset? RecycledAt { get; set; }
    public DateTimeOffset? LastActivityAt { get; set; }
    public double? ScoreTotal { get; set; }
    public double? ScoreDemographic { get; set; }
    public double? ScoreBehavioural { get; set; }
    public DateTimeOffset? ScoredAt { get; set; }

    /// <summary>The stitched anonymous ids, a JSON array of strings (null for none).</summary>
    public string? AnonymousIds { get; set; }

    /// <summary>Whether the evaluation found lead facts (<see cref="PersonFactsSeen"/>); null when not recorded.</summary>
    public bool? SeenLeadFacts { get; set; }

    /// <summary>The opportunities naming the person as contact, a JSON array of ids, when <see cref="SeenLeadFacts"/> is set.</summary>
    public string? SeenContactOpportunities { get; set; }

    /// <summary>The digest of the person's <c>LeadPeriods</c> rows (null before any).</summary>
    public string? PeriodsDigest { get; set; }

    /// <summary>The months of those rows, comma-separated <c>yyyy-MM</c>.</summary>
    public string? PeriodsMonths { get; set; }

    /// <summary>
    /// The row keys of the history rows written with this profile, newline-separated (empty for none); null when not
    /// known (rows older than this column, or a history that spilled over one transaction), then read by a query.
    /// </summary>
    public string? HistoryRows { get; set; }

    /// <summary>
    /// The tag of the journey row written with this profile (<c>PersonStore.ReadWithJourneyAsync</c>); null when none
    /// was (rows older than this column).
    /// </summary>
    public string? JourneyTag { get; set; }
}
