using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Cascade.Bench.Storage;

/// <summary>
/// Measures the ceiling of the storage Cascade runs on (Azurite locally, a storage account in Azure) for one fixed,
/// bounded workload over <see cref="CeilingWorkload.Workers"/> parallel workers, so the figures of different set-ups
/// can be compared. Creates one table and one queue with fresh names and deletes them at the end.
/// </summary>
public static class StorageCeilingProbe
{
    public static async Task<IReadOnlyList<CeilingResult>> RunAsync(string connection, CeilingWorkload workload)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var queue = new QueueClient(connection, "bench-" + suffix,
            new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var table = new TableClient(connection, "bench" + suffix);
        await queue.CreateAsync();
        await table.CreateAsync();

        var results = new List<CeilingResult>();
        try
        {
            // 1 KiB of JSON-like text, as the host's queue messages are JSON.
            var message = "{\"payload\":\"" + new string('x', CeilingWorkload.MessageBytes - 14) + "\"}";

            results.Add(new("queue put (1 KiB, base64)", workload.QueueMessages, "msg",
                await RunParallel(workload.QueueMessages, _ => queue.SendMessageAsync(message))));

            var received = 0;
            var drain = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, CeilingWorkload.Workers).Select(async _ =>
            {
                while (Volatile.Read(ref received) < workload.QueueMessages)
                {
                    var batch = (await queue.ReceiveMessagesAsync(maxMessages: 32)).Value;
                    if (batch.Length == 0)
                    {
                        break;
                    }

                    foreach (var m in batch)
                    {
                        await queue.DeleteMessageAsync(m.MessageId, m.PopReceipt);
                    }

                    Interlocked.Add(ref received, batch.Length);
                }
            }));
            drain.Stop();
            results.Add(new("queue receive(32) + delete", received, "msg", drain.Elapsed));

            results.Add(new("table insert, single", workload.SingleInserts, "entity",
                await RunParallel(workload.SingleInserts, i => table.AddEntityAsync(NewEntity("single-" + (i % CeilingWorkload.Workers), i)))));

            results.Add(new("table insert, 100 per transaction", workload.BatchEntities, "entity",
                await RunParallel(workload.BatchEntities / CeilingWorkload.BatchSize, b => table.SubmitTransactionAsync(
                    Enumerable.Range(b * CeilingWorkload.BatchSize, CeilingWorkload.BatchSize)
                        .Select(i => new TableTransactionAction(TableTransactionActionType.Add, NewEntity("batch-" + b, i)))))));

            results.Add(new("table point read", workload.PointReads, "read",
                await RunParallel(workload.PointReads, i => table.GetEntityAsync<TableEntity>(
                    "single-" + (i % workload.SingleInserts % CeilingWorkload.Workers), RowKey(i % workload.SingleInserts)))));

            // The partition to query is written untimed, in transactions.
            for (var b = 0; b < CeilingWorkload.QueryPartitionSize / CeilingWorkload.BatchSize; b++)
            {
                var first = b * CeilingWorkload.BatchSize;
                await table.SubmitTransactionAsync(Enumerable.Range(first, CeilingWorkload.BatchSize)
                    .Select(i => new TableTransactionAction(TableTransactionActionType.Add, NewEntity("query", i))));
            }

            var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"query"}");
            var queried = 0;
            var query = Stopwatch.StartNew();
            for (var r = 0; r < CeilingWorkload.QueryRepeats; r++)
            {
                var seen = 0;
                await foreach (var _ in table.QueryAsync<TableEntity>(filter))
                {
                    seen++;
                }

                if (seen != CeilingWorkload.QueryPartitionSize)
                {
                    throw new InvalidOperationException($"query returned {seen} entities, expected {CeilingWorkload.QueryPartitionSize}");
                }

                queried += seen;
            }

            query.Stop();
            results.Add(new($"partition query ({CeilingWorkload.QueryPartitionSize:N0} entities) x{CeilingWorkload.QueryRepeats}", queried, "entity", query.Elapsed));
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
            await table.DeleteAsync();
        }
        return results;
    }

    // Runs `count` operations over `Workers` parallel workers; returns the wall time of the whole set.
    private static async Task<TimeSpan> RunParallel<T>(int count, Func<int, Task<T>> operation)
    {
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, CeilingWorkload.Workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                await operation(i);
            }
        }));
        watch.Stop();
        return watch.Elapsed;
    }

    private static string RowKey(int i) => i.ToString("D8", CultureInfo.InvariantCulture);

    private static TableEntity NewEntity(string partition, int i) => new(partition, RowKey(i))
    {
        ["Kind"] = "touchpoint",
        ["Channel"] = "paid-search",
        ["Campaign"] = "bench-campaign-" + (i % 50).ToString(CultureInfo.InvariantCulture),
        ["Score"] = i % 100,
        ["OccurredAt"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
        ["Notes"] = new string('n', 200),
    };
}
