using System.Collections.Concurrent;
using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The customer list of the <c>Customers</c> table: a key-only row for every account that has had a status row, in
/// 16 hash-bucket partitions, so that a batch naming many accounts learns which of them may be customers with one
/// query per bucket instead of a status read per account — and, while no account joins the list, with one keyed read.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey <c>~customers:</c> + the first hex digit of SHA-256(escaped domain), RowKey the escaped
/// domain (which never starts with <c>~</c>, so the list never meets a status row). The row
/// (<c>~customers:version</c>, <c>version</c>) holds the list's version, a new value each time an account joins it.</para>
/// <para>A writer lists the account, then gives the list a new version, then writes the status row (which then says
/// <c>Listed</c>); nothing removes an account from the list, so an account missing from the list when it was read had
/// no status row at that instant (an account that stopped being a customer stays listed: it only costs a status read).
/// Rows written before the list are listed by their next write; <c>POST /api/admin/rebuild</c> writes every one.</para>
/// <para>Each process keeps the buckets it queried with the version it read before querying them. A reader reads the
/// version first: a bucket kept under that version holds every account listed before it, so the reader answers from it
/// as if it had queried the bucket at that instant. Without a version row (a list older than the version) nothing is
/// kept.</para>
/// </remarks>
public sealed partial class CustomerStore
{
    private const string ListPrefix = "~customers:";
    private const string ListVersionPartition = ListPrefix + "version";
    private const string ListVersionRow = "version";
    private const string ListVersionName = "Version";

    // Bucket → the list version it was read under and the escaped domains it held then.
    private readonly ConcurrentDictionary<string, (string Version, IReadOnlySet<string> Listed)> _listed = new(StringComparer.Ordinal);

    /// <summary>
    /// Those of <paramref name="domains"/> that may have a status row, in ordinal order: every one the customer list
    /// holds, and, unless its bucket is kept, any that is alone in its list bucket (its status read costs what the
    /// bucket's would). A domain left out had no status row when this read.
    /// </summary>
    public async Task<IReadOnlyList<string>> MayBeCustomersAsync(IEnumerable<string> domains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var buckets = domains.Distinct(StringComparer.Ordinal)
            .GroupBy(d => ListBucketOf(TableKeys.Escape(d)), StringComparer.Ordinal)
            .ToList();
        if (buckets.Count == 0)
        {
            return [];
        }

        var version = (await TableQueries.FindAsync<TableEntity>(Table, ListVersionPartition, ListVersionRow, cancellationToken))?.GetString(ListVersionName);
        var kept = await Task.WhenAll(buckets.Select(async bucket =>
        {
            if (version is not null && _listed.TryGetValue(bucket.Key, out var known) && known.Version == version)
            {
                return bucket.Where(d => known.Listed.Contains(TableKeys.Escape(d))).ToList();
            }

            if (bucket.Count() == 1)
            {
                return bucket.ToList();
            }

            var listed = (await TableQueries.PartitionAsync<TableEntity>(Table, bucket.Key, cancellationToken))
                .Select(e => e.RowKey)
                .ToHashSet(StringComparer.Ordinal);
            if (version is not null)
            {
                _listed[bucket.Key] = (version, listed);
            }

            return bucket.Where(d => listed.Contains(TableKeys.Escape(d))).ToList();
        }));
        return kept.SelectMany(k => k).Order(StringComparer.Ordinal).ToList();
    }

    private static string ListBucketOf(string partition) => TableKeys.Bucket(ListPrefix, partition);

    /// <summary>
    /// Lists the account of <paramref name="partition"/> and gives the list a new version, unless <paramref name="stored"/>
    /// says it is listed already.
    /// </summary>
    private async Task AddToListAsync(string partition, CustomerStatusEntity? stored, CancellationToken cancellationToken)
    {
        if (stored is not { Listed: true })
        {
            await Table.UpsertEntityAsync(new TableEntity(ListBucketOf(partition), partition), TableUpdateMode.Replace, cancellationToken);
            var version = new TableEntity(ListVersionPartition, ListVersionRow) { [ListVersionName] = Guid.NewGuid().ToString("N") };
            await Table.UpsertEntityAsync(version, TableUpdateMode.Replace, cancellationToken);
        }
    }
}
