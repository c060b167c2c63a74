using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.People;

public sealed partial class PersonStore
{
    /// <summary>
    /// Removes the person's partition — profile and lifecycle history — for an erasure on request; false when
    /// there was nothing. The profile row is deleted with If-Match on the ETag just read, so an update racing the
    /// erasure makes it read and delete again rather than lose that update's rows.
    /// </summary>
    public Task<bool> DeleteAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        ETagRetry.RunAsync($"erase person '{email}'", _retry, ct => TryDeleteAsync(email, ct), cancellationToken);

    private async Task<bool> TryDeleteAsync(EmailAddress email, CancellationToken cancellationToken)
    {
        var rows = await TableQueries.PartitionAsync<TableEntity>(Table, PartitionOf(email), cancellationToken);
        // History rows first and the profile last: an interrupted erasure leaves the profile, so the person is
        // still found and a second erasure finishes the job.
        var ordered = rows.OrderBy(r => r.RowKey == ProfileRow ? 1 : 0)
            .Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r, r.ETag));
        await EntityGroups.SubmitAsync(Table, ordered, cancellationToken);
        return rows.Count > 0;
    }
}
