using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Rebuilds;

/// <summary>
/// The latest rebuild of the read models, one entity in the <c>Attribution</c> table beside the Markov fit:
/// PartitionKey <see cref="Partition"/> (no escaped opportunity id starts with <c>~</c>), RowKey <c>latest</c>.
/// Each rebuild replaces it.
/// </summary>
public sealed class RebuildStore(CascadeStorage storage)
{
    /// <summary>The reserved partition of the rebuild row.</summary>
    public const string Partition = "~rebuild";

    private const string Row = "latest";

    private TableClient Table => storage.Table(StorageNames.AttributionTable);

    public async Task SaveAsync(RebuildRecord rebuild, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rebuild);
        var entity = new RebuildEntity
        {
            PartitionKey = Partition,
            RowKey = Row,
            StartedAt = rebuild.StartedAt,
            People = rebuild.People,
            Opportunities = rebuild.Opportunities,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The latest rebuild, or null when none was asked for.</summary>
    public async Task<RebuildRecord?> GetAsync(CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<RebuildEntity>(Table, Partition, Row, cancellationToken);
        return row is null ? null : new RebuildRecord(row.StartedAt.ToUniversalTime(), row.People, row.Opportunities);
    }
}
