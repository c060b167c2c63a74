using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Customers;

/// <summary>
/// The customer list of the <c>Customers</c> table: a key-only row for every account that has had a status row, in
/// 16 hash-bucket partitions, so that a batch naming many accounts learns which of them may be customers with one
/// query per bucket instead of a status read per account.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey <c>~customers:</c> + the first hex digit of SHA-256(escaped domain), RowKey the escaped
/// domain (which never starts with <c>~</c>, so the list never meets a status row).</para>
/// <para>A writer lists the account before the status row it writes (the row then says <c>Listed</c>) and nothing
/// removes it from the list, so an account missing from the list when it was read had no status row at that instant
/// (an account that stopped being a customer stays listed: it only costs a status read). Rows written before the
/// list are listed by their next write; <c>POST /api/admin/rebuild</c> writes every one.</para>
/// </remarks>
public sealed partial class CustomerStore
{
    private const string ListPrefix = "~customers:";

    /// <summary>
    /// Those of <paramref name="domains"/> that may have a status row, in ordinal order: every one the customer list
    /// holds, and any that is alone in its list bucket (its status read costs what the bucket's would). A domain left
    /// out had no status row when this read.
    /// </summary>
    public async Task<IReadOnlyList<string>> MayBeCustomersAsync(IEnumerable<string> domains, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        var buckets = domains.Distinct(StringComparer.Ordinal)
            .GroupBy(d => ListBucketOf(TableKeys.Escape(d)), StringComparer.Ordinal)
            .ToList();
        var kept = await Task.WhenAll(buckets.Select(async bucket =>
        {
            if (bucket.Count() == 1)
            {
                return bucket.ToList();
            }

            var listed = (await TableQueries.PartitionAsync<TableEntity>(Table, bucket.Key, cancellationToken))
                .Select(e => e.RowKey)
                .ToHashSet(StringComparer.Ordinal);
            return bucket.Where(d => listed.Contains(TableKeys.Escape(d))).ToList();
        }));
        return kept.SelectMany(k => k).Order(StringComparer.Ordinal).ToList();
    }

    private static string ListBucketOf(string partition) => TableKeys.Bucket(ListPrefix, partition);

    /// <summary>Lists the account of <paramref name="partition"/> unless <paramref name="stored"/> says it is listed already.</summary>
    private async Task AddToListAsync(string partition, CustomerStatusEntity? stored, CancellationToken cancellationToken)
    {
        if (stored is not { Listed: true })
        {
            await Table.UpsertEntityAsync(new TableEntity(ListBucketOf(partition), partition), TableUpdateMode.Replace, cancellationToken);
        }
    }
}
