using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The latest Markov fit in the <c>Attribution</c> table: channel → share as a JSON object (a few dozen
/// channels at most, far below the 64 KiB property limit) and the instant of the fit.
/// </summary>
public sealed class MarkovSharesEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Shares { get; set; } = "{}";
    public DateTimeOffset FittedAt { get; set; }
}
