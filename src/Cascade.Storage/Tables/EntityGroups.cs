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
    public static IEnumerable<IReadOnlyList<TableTransactionAction>> Chunk(IEnumerable<TableTransactionAction> actions) =>
        Chunk(actions, a => [a]);

    /// <summary>
    /// As <see cref="Chunk(IEnumerable{TableTransactionAction})"/> for items of several actions each, all of one partition,
    /// which a chunk takes whole: the items of one partition, in their original order, as many per transaction as its
    /// bounds take. An item too large for one transaction goes in a chunk of its own.
    /// </summary>
    public static IEnumerable<List<T>> Chunk<T>(IEnumerable<T> items, Func<T, IReadOnlyList<TableTransactionAction>> actionsOf)
    {
        ArgumentNullException.ThrowIfNull(actionsOf);
        foreach (var partition in items.GroupBy(i => actionsOf(i)[0].Entity.PartitionKey, StringComparer.Ordinal))
        {
            var chunk = new List<T>();
            var (count, bytes) = (0, 0L);
            foreach (var item in partition)
            {
                var actions = actionsOf(item);
                var size = actions.Sum(TransactionBodySize.Of);
                if (chunk.Count > 0 && (count + actions.Count > TableLimits.MaxTransactionActions || bytes + size > TableLimits.MaxTransactionBytes))
                {
                    yield return chunk;
                    chunk = [];
                    (count, bytes) = (0, 0L);
                }

                chunk.Add(item);
                count += actions.Count;
                bytes += size;
            }

            yield return chunk;
        }
    }

    /// <summary>
    /// Submits <paramref name="items"/> (a chunk of <see cref="Chunk{T}"/>) as one transaction; when the service refuses it
    /// for an action it names and <paramref name="alone"/> says that refusal is the item's own, the item is taken out
    /// (<paramref name="takenOut"/> is told why) and the rest submitted again. On return <paramref name="items"/> holds what
    /// was written; any other refusal is thrown, with <paramref name="items"/> holding who is left.
    /// </summary>
    public static async Task SubmitWithoutRefusedAsync<T>(
        TableClient table,
        List<T> items,
        Func<T, IReadOnlyList<TableTransactionAction>> actionsOf,
        Func<TableTransactionFailedException, bool> alone,
        Action<T, TableTransactionFailedException> takenOut,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(alone);
        ArgumentNullException.ThrowIfNull(takenOut);
        while (items.Count > 0)
        {
            try
            {
                await table.SubmitTransactionAsync(items.SelectMany(actionsOf), cancellationToken);
                return;
            }
            catch (TableTransactionFailedException e) when (alone(e) && e.FailedTransactionActionIndex is { } failed && OwnerOf(items, actionsOf, failed) is { } owner)
            {
                takenOut(items[owner], e);
                items.RemoveAt(owner);
            }
        }
    }

    /// <summary>The index of the item whose actions hold the transaction's action <paramref name="action"/>.</summary>
    private static int? OwnerOf<T>(List<T> items, Func<T, IReadOnlyList<TableTransactionAction>> actionsOf, int action)
    {
        for (var i = 0; i < items.Count; i++)
        {
            var count = actionsOf(items[i]).Count;
            if (action < count)
            {
                return i;
            }

            action -= count;
        }

        return null;
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
            Chunk(deletes, a => [a]),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await DeleteChunkAsync(table, chunk, ct));
    }

    private static async Task DeleteChunkAsync(TableClient table, List<TableTransactionAction> chunk, CancellationToken cancellationToken)
    {
        try
        {
            await SubmitWithoutRefusedAsync(table, chunk, a => [a], e => e.Status is 404 or 412, (_, _) => { }, cancellationToken);
        }
        catch (TableTransactionFailedException e) when (e.Status is 404 or 412)
        {
            foreach (var delete in chunk)
                await DeleteIfUnchangedAsync(table, delete, cancellationToken);
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
