using Azure.Data.Tables;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Snapshots;

/// <summary>
/// The <c>WaterfallSnapshots</c> table: one row per quarter.
/// </summary>
/// <remarks>
/// Keys: PartitionKey = the quarter (<c>2026-Q1</c>), RowKey = <c>waterfall</c>. Saving is an upsert-replace
/// of that one row, so re-running the snapshot for a quarter replaces it (api.md: same snapshot row).
/// One entity of fixed size: the six figures, the itemisation, the counts and a short JSON list.
/// </remarks>
public sealed partial class WaterfallSnapshotStore(CascadeStorage storage)
{
    private const string Row = "waterfall";

    private TableClient Table => storage.Table(StorageNames.WaterfallSnapshotsTable);

    public async Task SaveAsync(WaterfallSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        await Table.UpsertEntityAsync(ToEntity(snapshot), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The snapshot of <paramref name="quarter"/>, or null when none was taken.</summary>
    public async Task<WaterfallSnapshot?> GetAsync(Quarter quarter, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<WaterfallSnapshotEntity>(Table, quarter.ToString(), Row, cancellationToken);
        return row is null ? null : ToDomain(row);
    }
}
