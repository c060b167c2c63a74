using Azure;
using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// Submits table operations as entity-group transactions: grouped by PartitionKey (a transaction spans one
/// partition) and cut into chunks of at most 100 operations and a request body of at most 4 MiB (as bounded by
/// <see cref="TransactionBodySize"/>). Each chunk is atomic; chunks are not atomic with each other, so callers only
/// split groups whose operations are idempotent on replay.
/// </summary>
public static class EntityGroups
{
    /// <summary>How many of one call's transactions are in flight at once.</summary>
    public const int Parallelism = 8;

    /// <summary>
    /// The actions grouped by partition and chunked, in their original order within each partition. An action whose
    /// body alone exceeds the bound goes in a chunk of its own (the service then refuses it, as it would alone).
    /// </summary>
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Chunk(IEnumerable<TableTransactionAction> actions)
    {
        foreach (var partition in actions.GroupBy(a => a.Entity.PartitionKey, StringComparer.Ordinal))
        {
            var chunk = new List<TableTransactionAction>();
            long bytes = 0;
            foreach (var action in partition)
            {
                var size = TransactionBodySize.Of(action);
                if (chunk.Count > 0 && (chunk.Count == TableLimits.MaxTransactionActions || bytes + size > TableLimits.MaxTransactionBytes))
                {
                    yield return chunk;
                    chunk = [];
                    bytes = 0;
                }

                chunk.Add(action);
                bytes += size;
            }

            yield return chunk;
        }
    }

    /// <summary>Submits every chunk of <see cref="Chunk"/>, one transaction each, up to <see cref="Parallelism"/> at a time.</summary>
    public static async Task SubmitAsync(TableClient table, IEnumerable<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        // Transactions of different chunks are independent (each is atomic on its own), so they go out side by side.
        await Parallel.ForEachAsync(
            Chunk(actions),
            new ParallelOptions { MaxDegreeOfParallelism = EntityGroups.Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await table.SubmitTransactionAsync(chunk, ct));
    }

    /// <summary>
    /// Submits <paramref name="deletes"/> as <see cref="SubmitAsync"/> does, leaving alone a row already gone or changed
    /// since the version its delete names (404 or 412): a transaction fails whole on such a row, so it is taken out and
    /// the rest of its chunk submitted again (one by one when the service does not say which row failed).
    /// </summary>
    public static async Task DeleteAsync(TableClient table, IEnumerable<TableTransactionAction> deletes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        await Parallel.ForEachAsync(
            Chunk(deletes),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await DeleteChunkAsync(table, chunk.ToList(), ct));
    }

    private static async Task DeleteChunkAsync(TableClient table, List<TableTransactionAction> chunk, CancellationToken cancellationToken)
    {
        while (chunk.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(chunk, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412 && e.FailedTransactionActionIndex is { } failed)
            {
                chunk.RemoveAt(failed);
            }
            catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
            {
                foreach (var delete in chunk)
                    await DeleteIfUnchangedAsync(table, delete, cancellationToken);
                return;
            }
        }
    }

    private static async Task DeleteIfUnchangedAsync(TableClient table, TableTransactionAction delete, CancellationToken cancellationToken)
    {
        try
        {
            await table.DeleteEntityAsync(delete.Entity.PartitionKey, delete.Entity.RowKey, delete.ETag, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Gone already, or changed since: left alone, as the caller asked.
        }
    }
}
