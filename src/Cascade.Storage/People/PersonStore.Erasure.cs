using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>
    /// Removes the person's rows — profile, journey and lifecycle history, in the shards and in the old table — for an
    /// erasure on request; false when there was nothing. The profile row is deleted with If-Match on the ETag just read,
    /// so an update racing the erasure makes it read and delete again rather than lose that update's rows.
    /// </summary>
    public Task<bool> DeleteAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        ETagRetry.RunAsync($"erase person '{email}'", _retry, ct => TryDeleteAsync(email, ct), cancellationToken);

    private async Task<bool> TryDeleteAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        var sharded = PersonRows.Sharded(email);
        var found = await DeleteAsync(Table, sharded, await TableQueries.RowPrefixAsync<TableEntity>(Table, sharded.Partition, sharded.Prefix, cancellationToken), cancellationToken);
        if (!await LegacyAsync(cancellationToken))
        {
            return found;
        }

        var old = PersonRows.Old(email);
        var rows = await OldRowsAsync(table => TableQueries.PartitionAsync<TableEntity>(table, old.Partition, cancellationToken));
        return await DeleteAsync(LegacyTable, old, rows, cancellationToken) || found;
    }

    private static async Task<bool> DeleteAsync(TableClient table, PersonRows person, List<TableEntity> rows, CancellationToken cancellationToken)
    {
        // History rows first and the profile last: an interrupted erasure leaves the profile, so the person is
        // still found and a second erasure finishes the job.
        var ordered = rows.OrderBy(r => r.RowKey == person.Profile ? 1 : 0)
            .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag));
        await EntityGroups.SubmitAsync(table, ordered, cancellationToken);
        return rows.Count > 0;
    }
}
