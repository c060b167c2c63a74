using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Customers;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The standing index of the <c>Customers</c> table: a copy of each account's row filed under where it stands, so the
/// customers report and the daily maintenance read what a period holds, not every account that ever bought.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey <c>~live</c> for an account whose status is active, at risk or inactive, <c>~churned:{yyyy-MM}</c>
/// (UTC month of the churn) for a churned one; RowKey the escaped domain. An escaped domain never starts with <c>~</c>,
/// so the index never meets a status row. An account churned before a period and still churned stands in an
/// older month than the period's and is not read.</para>
/// <para>The status row is the authority. After writing it a writer files the copy under the row's standing, removes
/// the copies under the standings it knew before, then reads the status row again: when another writer changed it
/// meanwhile, it files that version too, and so on. The last filing is thus always followed by a read of the final
/// row, so the index ends equal to it whatever the interleaving. A reader that meets an account twice (a race in
/// progress) keeps the copy evaluated last.</para>
/// </remarks>
public sealed partial class CustomerStore
{
    private const string LiveStanding = "~live";
    private const string ChurnedStandingPrefix = "~churned:";

    /// <summary>The accounts active, at risk or inactive when last evaluated: the daily maintenance's list.</summary>
    public async Task<IReadOnlyList<CustomerRecord>> ListLiveAsync(CancellationToken cancellationToken = default) =>
        Latest(await TableQueries.PartitionAsync<CustomerStatusEntity>(Table, LiveStanding, cancellationToken));

    /// <summary>
    /// Every account that may have been a customer at some instant since <paramref name="from"/>: the live ones and those
    /// churned since the month of <paramref name="from"/> (up to <paramref name="now"/>, after which no churn is dated).
    /// Ordinal order of domain.
    /// </summary>
    public async Task<IReadOnlyList<CustomerRecord>> ListSinceAsync(DateTimeOffset from, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var partitions = new List<string> { LiveStanding };
        partitions.AddRange(MonthKeys.Overlapping(from, now.AddTicks(1)).Select(m => ChurnedStandingPrefix + m));
        var rows = await Task.WhenAll(partitions.Select(p => TableQueries.PartitionAsync<CustomerStatusEntity>(Table, p, cancellationToken)));
        return Latest(rows.SelectMany(r => r));
    }

    private static List<CustomerRecord> Latest(IEnumerable<CustomerStatusEntity> copies) =>
        copies.Select(ToDomain)
            .GroupBy(r => r.Domain, StringComparer.Ordinal)
            .Select(g => g.MaxBy(r => r.EvaluatedAt)!)
            .OrderBy(r => r.Domain, StringComparer.Ordinal)
            .ToList();

    private static string StandingOf(CustomerStatusEntity row) =>
        row.Status == nameof(CustomerStatus.Churned)
            ? ChurnedStandingPrefix + MonthKeys.Of(row.Since ?? row.EvaluatedAt)
            : LiveStanding;

    /// <summary>Files <paramref name="written"/> (null: no customer) under its standing until the status row stops changing.</summary>
    private async Task FileAsync(string partition, CustomerStatusEntity? previous, CustomerStatusEntity? written, CancellationToken cancellationToken)
    {
        var rowKey = partition;
        var known = new HashSet<string>(StringComparer.Ordinal);
        if (previous is not null)
        {
            known.Add(StandingOf(previous));
        }

        while (true)
        {
            var standing = written is null ? null : StandingOf(written);
            if (written is not null)
            {
                await Table.UpsertEntityAsync(written.FiledAs(standing!, rowKey), TableUpdateMode.Replace, cancellationToken);
                known.Add(standing!);
            }

            foreach (var stale in known.Where(k => k != standing).ToList())
            {
                // A delete of a row already gone succeeds (outside a transaction): another writer moved it first.
                await Table.DeleteEntityAsync(stale, rowKey, ETag.All, cancellationToken);
                known.Remove(stale);
            }

            var now = await TableQueries.FindAsync<CustomerStatusEntity>(Table, partition, StatusRow, cancellationToken);
            if (now?.ETag == written?.ETag)
            {
                return;
            }

            // The standing just filed stays known: if the newer row stands elsewhere, the next pass removes it.
            written = now;
        }
    }
}
