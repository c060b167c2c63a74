using Azure;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The <c>Customers</c> table: the customer status read model, one row per account that has been a customer.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = the account domain (escaped), RowKey <c>status</c>: the row every keyed reader reads and
/// every writer guards by ETag. The daily maintenance and the customers report read the standing index beside it
/// (<c>CustomerStore.Standings.cs</c>), never the table whole; the touch path asks the customer list
/// (<c>CustomerStore.List.cs</c>) which of the accounts it touched may have a row.</para>
/// <para>A row is only ever the replay of the account's stored facts, or an extension of the stored one that the domain
/// proves equal to it (<c>UpdateAsync</c> hands the row to the computation): the
/// writer reads the row with its ETag, computes, and writes with If-Match (insert when absent, delete when the
/// account is no customer any more); a lost race computes again from facts read afterwards, so the last write has
/// seen every fact stored before it started. Re-running it on the same facts writes the same row, and a computation
/// that differs from the row read only in the instant it was made at writes nothing (a touch inside a stretch of
/// activity the row holds: every later row holds that stretch too, so the touch is in it either way).</para>
/// </remarks>
public sealed partial class CustomerStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private const string StatusRow = "status";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.CustomersTable);

    /// <summary>The account's row; null when it was never a customer.</summary>
    public async Task<CustomerRecord?> GetAsync(string domain, CancellationToken cancellationToken = default)
    {
        var entity = await TableQueries.FindAsync<CustomerStatusEntity>(Table, TableKeys.Escape(domain), StatusRow, cancellationToken);
        return entity is null ? null : ToDomain(entity);
    }

    /// <summary>
    /// Replaces the account's row with what <paramref name="compute"/> gives (null: no customer, the row goes), with
    /// If-Match on the row read before computing, computing again after a lost race; answers what it gave. What differs
    /// from the row only in <see cref="CustomerRecord.EvaluatedAt"/> is not written.
    /// </summary>
    public Task<CustomerRecord?> UpdateAsync(string domain, Func<CancellationToken, Task<CustomerRecord?>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return UpdateAsync(domain, (_, ct) => compute(ct), cancellationToken);
    }

    /// <summary>As above, handing <paramref name="compute"/> the row as read (null when none), which it may build on.</summary>
    public Task<CustomerRecord?> UpdateAsync(
        string domain, Func<CustomerRecord?, CancellationToken, Task<CustomerRecord?>> compute, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(compute);
        return ETagRetry.RunAsync($"update customer '{domain}'", _retry, ct => TryUpdateAsync(domain, compute, ct), cancellationToken);
    }

    private async Task<CustomerRecord?> TryUpdateAsync(
        string domain, Func<CustomerRecord?, CancellationToken, Task<CustomerRecord?>> compute, CancellationToken cancellationToken)
    {
        var partition = TableKeys.Escape(domain);
        var stored = await TableQueries.FindAsync<CustomerStatusEntity>(Table, partition, StatusRow, cancellationToken);
        var record = await compute(stored is null ? null : ToDomain(stored), cancellationToken);
        CustomerStatusEntity? written = null;
        if (record is null)
        {
            if (stored is not null)
            {
                await Table.DeleteEntityAsync(partition, StatusRow, stored.ETag, cancellationToken);
            }
        }
        else if (stored is not null && ToEntity(record).DiffersOnlyInEvaluatedAt(stored))
        {
            // A replay that moves nothing but the instant it was made at (a touch inside a stretch of activity the row
            // already holds) writes nothing: the row read equals it as of now, and readers bring either forward alike.
            return record;
        }
        else
        {
            // Listed before the row is written: the list never misses an account that has a row (CustomerStore.List.cs).
            await AddToListAsync(partition, stored, cancellationToken);
            written = ToEntity(record);
            written.ETag = stored is null
                ? (await Table.AddEntityAsync(written, cancellationToken)).Headers.ETag!.Value
                : (await Table.UpdateEntityAsync(written, stored.ETag, TableUpdateMode.Replace, cancellationToken)).Headers.ETag!.Value;
        }

        // No customer before or after (a touch of a prospect's account): nothing is filed, nothing to check.
        if (stored is not null || written is not null)
        {
            await FileAsync(partition, stored, written, cancellationToken);
        }

        return record;
    }
}
