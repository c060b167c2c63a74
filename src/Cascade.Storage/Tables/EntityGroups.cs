using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// Submits table operations as entity-group transactions: grouped by PartitionKey (a transaction spans one
/// partition) and cut into chunks of at most 100 operations. Each chunk is atomic; chunks are not atomic
/// with each other, so callers only split groups whose operations are idempotent on replay.
/// </summary>
public static class EntityGroups
{
    /// <summary>The actions grouped by partition and chunked, in their original order within each partition.</summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Chunk(IEnumerable<TableTransactionAction> actions) =>
        actions
            .GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal)
            .SelectMany(g => g.Chunk(TableLimits.MaxTransactionActions));

    /// <summary>Submits every chunk of <see cref="Chunk"/>, one transaction each.</summary>
    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var chunk in Chunk(actions))
        {
            await table.SubmitTransactionAsync(chunk, cancellationToken);
        }
    }
}
