using Azure;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>
    /// Whether the old <c>People</c> table (one partition per person) may still hold someone, asked once per process: a
    /// deployment from before the shards keeps reading it for people not found in them until each has moved. A new
    /// deployment never creates it.
    /// </summary>
    private Task<bool>? _legacy;

    private readonly Lock _legacyLock = new();

    private TableClient LegacyTable => storage.Table(StorageNames.LegacyPeopleTable);

    private Task<bool> LegacyAsync(CancellationToken cancellationToken)
    {
        Task<bool> asked;
        lock (_legacyLock)
        {
            // Callers at once share one question; a failed answer is asked again by the next caller.
            if (_legacy is null or { IsFaulted: true } or { IsCanceled: true })
                _legacy = HoldsRowsAsync();
            asked = _legacy;
        }

        return asked.WaitAsync(cancellationToken);
    }

    private async Task<bool> HoldsRowsAsync()
    {
        try
        {
            await foreach (var _ in LegacyTable.QueryAsync<TableEntity>(maxPerPage: 1, select: ["PartitionKey"]))
            {
                return true;
            }

            return false;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return false;
        }
    }

    /// <summary>
    /// A query of the old table, which an operator deletes once it is empty (docs/operations.md): deleted, it holds
    /// nothing, and this process stops asking it.
    /// </summary>
    private async Task<List<TableEntity>> OldRowsAsync(Func<TableClient, Task<List<TableEntity>>> query)
    {
        try
        {
            return await query(LegacyTable);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            lock (_legacyLock)
                _legacy = Task.FromResult(false);
            return [];
        }
    }

    /// <summary>
    /// Deletes the old rows of a person whose write from them has just moved them to the shards; one still there (a failed
    /// delete) is never read again, as the shards now answer for the person, and their erasure removes it.
    /// </summary>
    private async Task ForgetOldRowsAsync(PersonSnapshot read, CancellationToken cancellationToken)
    {
        if (!read.Rows.Legacy)
        {
            return;
        }

        var rows = await OldRowsAsync(table => TableQueries.PartitionAsync<TableEntity>(table, read.Rows.Partition, cancellationToken));
        await EntityGroups.DeleteAsync(LegacyTable, rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, ETag.All)), cancellationToken);
    }
}
