using Azure.Data.Tables;

namespace Cascade.Storage.Tables;

/// <summary>Partition reads, filters built by <see cref="TableClient.CreateQueryFilter(FormattableString)"/> (escaped literals).</summary>
public static class TableQueries
{
    /// <summary>Every entity of one partition, in RowKey order.</summary>
    public static async Task<List<T>> PartitionAsync<T>(TableClient table, string partitionKey, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}");
        return await ToListAsync(table.QueryAsync<T>(filter, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <summary>The entities of one partition whose RowKey starts with <paramref name="rowKeyPrefix"/>, in RowKey order.</summary>
    public static async Task<List<T>> RowPrefixAsync<T>(TableClient table, string partitionKey, string rowKeyPrefix, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentException.ThrowIfNullOrEmpty(rowKeyPrefix);
        var upper = string.Concat(rowKeyPrefix.AsSpan(0, rowKeyPrefix.Length - 1), ((char)(rowKeyPrefix[^1] + 1)).ToString());
        return await RowRangeAsync<T>(table, partitionKey, rowKeyPrefix, upper, cancellationToken);
    }

    /// <summary>The entities of one partition with <paramref name="from"/> ≤ RowKey &lt; <paramref name="to"/>, in RowKey order.</summary>
    public static async Task<List<T>> RowRangeAsync<T>(TableClient table, string partitionKey, string from, string to, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey} and RowKey ge {from} and RowKey lt {to}");
        return await ToListAsync(table.QueryAsync<T>(filter, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The entities of one partition whose RowKey is one of <paramref name="rowKeys"/>, in RowKey order, in one query
    /// instead of a point read each. The service scans the partition for them, so keep it to small partitions.
    /// </summary>
    public static async Task<List<T>> RowsAsync<T>(TableClient table, string partitionKey, IReadOnlyCollection<string> rowKeys, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(rowKeys);
        var keys = string.Join(" or ", rowKeys.Select(k => TableClient.CreateQueryFilter($"RowKey eq {k}")));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {partitionKey}") + $" and ({keys})";
        return await ToListAsync(table.QueryAsync<T>(filter, cancellationToken: cancellationToken), cancellationToken);
    }

    /// <summary>One entity by key, or null when absent (absence is an expected outcome, not an error).</summary>
    public static async Task<T?> FindAsync<T>(TableClient table, string partitionKey, string rowKey, CancellationToken cancellationToken)
        where T : class, ITableEntity, new()
    {
        ArgumentNullException.ThrowIfNull(table);
        var response = await table.GetEntityIfExistsAsync<T>(partitionKey, rowKey, cancellationToken: cancellationToken);
        return response.HasValue ? response.Value : null;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(cancellationToken))
        {
            list.Add(item);
        }

        return list;
    }
}
