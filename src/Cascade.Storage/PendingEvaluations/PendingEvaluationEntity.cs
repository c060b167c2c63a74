using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.PendingEvaluations;

/// <summary>A person waiting to be re-evaluated, with the earliest instant their new facts touch (null: from the start).</summary>
public sealed class PendingEvaluationEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Email { get; set; } = string.Empty;
    public DateTimeOffset? Since { get; set; }

    /// <summary>Only new touches asked for this evaluation (null, from rows without the column: not known, so false).</summary>
    public bool? TouchesOnly { get; set; }

    /// <summary>The touches a touches-only mark carries, compressed (<c>JourneyTouch</c> JSON); null when it carries none.</summary>
    public byte[]? Touches { get; set; }
}
