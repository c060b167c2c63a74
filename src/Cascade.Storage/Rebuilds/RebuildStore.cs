using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Rebuilds;

/// <summary>
/// The latest rebuild of the read models, one entity in the <c>Attribution</c> table beside the Markov fit:
/// PartitionKey <see cref="Partition"/> (no escaped opportunity id starts with <c>~</c>), RowKey <c>latest</c>.
/// Each rebuild replaces it; its queue message completes it (<see cref="CompleteAsync"/>) with If-Match and retry.
/// </summary>
public sealed class RebuildStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    /// <summary>The reserved partition of the rebuild row.</summary>
    public const string Partition = "~rebuild";

    private const string Row = "latest";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.AttributionTable);

    /// <summary>Records a rebuild just asked for, replacing the previous one.</summary>
    public async Task SaveAsync(RebuildRecord rebuild, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        await Table.UpsertEntityAsync(ToEntity(rebuild), TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// Records what <paramref name="rebuild"/>'s message queued, unless a later rebuild replaced it meanwhile (then
    /// false: that one's own message reports). A replay writes the same row.
    /// </summary>
    public Task<bool> CompleteAsync(RebuildRecord rebuild, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        return ETagRetry.RunAsync("complete the rebuild", _retry, ct => TryCompleteAsync(rebuild, ct), cancellationToken);
    }

    /// <summary>The latest rebuild, or null when none was asked for.</summary>
    public async Task<RebuildRecord?> GetAsync(CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<RebuildEntity>(Table, Partition, Row, cancellationToken);
        return row is null
            ? null
            : new RebuildRecord(row.StartedAt.ToUniversalTime(), row.People, row.Opportunities) { QueuedAt = row.QueuedAt?.ToUniversalTime() };
    }

    private async Task<bool> TryCompleteAsync(RebuildRecord rebuild, CancellationToken cancellationToken)
    {
        var current = await TableQueries.FindAsync<RebuildEntity>(Table, Partition, Row, cancellationToken);
        if (current is null || current.StartedAt != rebuild.StartedAt)
        {
            return false;
        }

        await Table.UpdateEntityAsync(ToEntity(rebuild), current.ETag, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    private static RebuildEntity ToEntity(RebuildRecord rebuild) => new()
    {
        PartitionKey = Partition,
        RowKey = Row,
        StartedAt = rebuild.StartedAt,
        People = rebuild.People,
        Opportunities = rebuild.Opportunities,
        QueuedAt = rebuild.QueuedAt,
    };
}
