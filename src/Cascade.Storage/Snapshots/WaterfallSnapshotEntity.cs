using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Snapshots;

/// <summary>
/// The stored waterfall of one quarter in the <c>WaterfallSnapshots</c> table. Money is invariant decimal
/// text; the pipeline by close quarter is a JSON array (bounded: the quarters of one scope window).
/// </summary>
public sealed class WaterfallSnapshotEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;
    public string RowKey { get; set; } = string.Empty;
    public DateTimeOffset? Timestamp { get; set; }
    public ETag ETag { get; set; }

    public string Quarter { get; set; } = string.Empty;
    public int FiscalStartMonth { get; set; } = 1;
    public DateTimeOffset TakenAt { get; set; }
    public string Starting { get; set; } = "0";
    public string New { get; set; } = "0";
    public string AmountChanges { get; set; } = "0";
    public string PulledIn { get; set; } = "0";
    public string PushedOut { get; set; } = "0";
    public string Slipped { get; set; } = "0";
    public string Entering { get; set; } = "0";
    public string ClosedWon { get; set; } = "0";
    public string ClosedLost { get; set; } = "0";
    public string Ending { get; set; } = "0";
    public int CountStarting { get; set; }
    public int CountNew { get; set; }
    public int CountClosedWon { get; set; }
    public int CountClosedLost { get; set; }
    public int CountEnding { get; set; }
    public string ByCloseQuarter { get; set; } = "[]";
}
