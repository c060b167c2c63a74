using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>
/// Inserts entities that are not stored yet and reports the ones that were: the basis of key idempotency
/// (touchpoints by event id, edge event ids). Entities go in entity-group transactions (chunked by
/// <see cref="EntityGroups.Chunk"/>); when a transaction fails because one entity exists (409), that entity is marked
/// present and the rest is resubmitted, so k duplicates cost k extra round trips, not one per entity.
/// An existing entity is never modified: a replay is a no-op.
/// </summary>
public static class InsertIfAbsent
{
    /// <returns>For each entity, in order: true when it was already stored (or repeats an earlier one of the list).</returns>
    public static async Task<bool[]> RunAsync(TableClient table, IReadOnlyList<ITableEntity> entities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entities);
        var present = new bool[entities.Count];
        var firstOfKey = new HashSet<(string, string)>();
        var pending = new List<int>();
        for (var i = 0; i < entities.Count; i++)
        {
            if (firstOfKey.Add((entities[i].PartitionKey, entities[i].RowKey)))
            {
                pending.Add(i);
            }
            else
            {
                present[i] = true;
            }
        }

        // Chunked as every transaction is (partition, count and size), then traced back to the entities' indexes.
        var actions = pending.Select(i => new TableTransactionAction(TableTransactionActionType.Add, entities[i])).ToList();
        var indexOf = new Dictionary<TableTransactionAction, int>(ReferenceEqualityComparer.Instance);
        foreach (var (action, index) in actions.Zip(pending))
        {
            indexOf[action] = index;
        }

        var groups = EntityGroups.Chunk(actions).Select(chunk => chunk.Select(a => indexOf[a]));
        // Chunks touch disjoint entries of present, so they may run side by side.
        await Parallel.ForEachAsync(
            groups,
            new ParallelOptions { MaxDegreeOfParallelism = EntityGroups.Parallelism, CancellationToken = cancellationToken },
            async (chunk, ct) => await InsertChunkAsync(table, entities, chunk.ToList(), present, ct));

        return present;
    }

    private static async Task InsertChunkAsync(
        TableClient table, IReadOnlyList<ITableEntity> entities, List<int> chunk, bool[] present, CancellationToken cancellationToken)
    {
        while (chunk.Count > 0)
        {
            try
            {
                var actions = chunk.Select(i => new TableTransactionAction(TableTransactionActionType.Add, entities[i]));
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return;
            }
            catch (TableTransactionFailedException e) when (e.Status == 409 && e.FailedTransactionActionIndex is { } failed)
            {
                present[chunk[failed]] = true;
                chunk.RemoveAt(failed);
            }
        }
    }
}
