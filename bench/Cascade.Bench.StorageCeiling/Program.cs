// Measures the ceiling of the storage Cascade runs on (Azurite locally, a storage account in
// Azure) for one fixed, bounded workload, so the figures of different set-ups can be compared.
// Usage: dotnet run -c Release --project bench/Cascade.Bench.StorageCeiling -- [connection string]
// The connection string defaults to CASCADE_AZURITE_CONNECTION (set by scripts/azurite.sh).
// The workload creates one table and one queue with fresh names and deletes them at the end.

using System.Diagnostics;
using System.Globalization;
using Azure.Data.Tables;
using Azure.Storage.Queues;

const int Workers = 8;
const int QueueMessages = 2_000;
const int MessageBytes = 1_024;
const int SingleInserts = 2_000;
const int BatchEntities = 10_000;
const int BatchSize = 100;
const int PointReads = 2_000;
const int QueryPartitionSize = 1_000;
const int QueryRepeats = 5;

var connection = args.Length > 0 ? args[0] : Environment.GetEnvironmentVariable("CASCADE_AZURITE_CONNECTION");
if (string.IsNullOrWhiteSpace(connection))
{
    await Console.Error.WriteLineAsync(
        "usage: Cascade.Bench.StorageCeiling [connection string]  (or set CASCADE_AZURITE_CONNECTION)");
    return 2;
}

var suffix = Guid.NewGuid().ToString("N")[..12];
var queue = new QueueClient(connection, "bench-" + suffix,
    new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
var table = new TableClient(connection, "bench" + suffix);
await queue.CreateAsync();
await table.CreateAsync();

var results = new List<(string Operation, int Count, string Unit, TimeSpan Elapsed)>();
try
{
    // 1 KiB of JSON-like text, as the host's queue messages are JSON.
    var message = "{\"payload\":\"" + new string('x', MessageBytes - 14) + "\"}";

    results.Add(("queue put (1 KiB, base64)", QueueMessages, "msg",
        await RunParallel(QueueMessages, _ => queue.SendMessageAsync(message))));

    var received = 0;
    var drain = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
    {
        while (Volatile.Read(ref received) < QueueMessages)
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
    results.Add(("queue receive(32) + delete", received, "msg", drain.Elapsed));

    results.Add(("table insert, single", SingleInserts, "entity",
        await RunParallel(SingleInserts, i => table.AddEntityAsync(NewEntity("single-" + (i % Workers), i)))));

    results.Add(("table insert, 100 per transaction", BatchEntities, "entity",
        await RunParallel(BatchEntities / BatchSize, b => table.SubmitTransactionAsync(
            Enumerable.Range(b * BatchSize, BatchSize)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Add, NewEntity("batch-" + b, i)))))));

    results.Add(("table point read", PointReads, "read",
        await RunParallel(PointReads, i => table.GetEntityAsync<TableEntity>(
            "single-" + (i % SingleInserts % Workers), RowKey(i % SingleInserts)))));

    // The partition to query is written untimed, in transactions.
    for (var b = 0; b < QueryPartitionSize / BatchSize; b++)
    {
        var first = b * BatchSize;
        await table.SubmitTransactionAsync(Enumerable.Range(first, BatchSize)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Add, NewEntity("query", i))));
    }

    var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"query"}");
    var queried = 0;
    var query = Stopwatch.StartNew();
    for (var r = 0; r < QueryRepeats; r++)
    {
        var seen = 0;
        await foreach (var _ in table.QueryAsync<TableEntity>(filter))
        {
            seen++;
        }

        if (seen != QueryPartitionSize)
        {
            throw new InvalidOperationException($"query returned {seen} entities, expected {QueryPartitionSize}");
        }

        queried += seen;
    }

    query.Stop();
    results.Add(($"partition query ({QueryPartitionSize:N0} entities) x{QueryRepeats}", queried, "entity", query.Elapsed));
}
finally
{
    await queue.DeleteIfExistsAsync();
    await table.DeleteAsync();
}

Console.WriteLine($"Storage ceiling: {Workers} parallel workers, {Environment.ProcessorCount} cores");
Console.WriteLine($"{"operation",-38} {"count",8} {"seconds",8} {"per second",12}");
foreach (var (operation, count, unit, elapsed) in results)
{
    var rate = count / elapsed.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{operation,-38} {count,8:N0} {elapsed.TotalSeconds,8:F2} {rate,8:N0} {unit}/s"));
}

var queryResult = results[^1];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"one {QueryPartitionSize:N0}-entity partition query: {queryResult.Elapsed.TotalMilliseconds / QueryRepeats:F0} ms"));
return 0;

// Runs `count` operations over `Workers` parallel workers; returns the wall time of the whole set.
static async Task<TimeSpan> RunParallel<T>(int count, Func<int, Task<T>> operation)
{
    var next = -1;
    var watch = Stopwatch.StartNew();
    await Task.WhenAll(Enumerable.Range(0, Workers).Select(async _ =>
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

static string RowKey(int i) => i.ToString("D8", CultureInfo.InvariantCulture);

static TableEntity NewEntity(string partition, int i) => new(partition, RowKey(i))
{
    ["Kind"] = "touchpoint",
    ["Channel"] = "paid-search",
    ["Campaign"] = "bench-campaign-" + (i % 50).ToString(CultureInfo.InvariantCulture),
    ["Score"] = i % 100,
    ["OccurredAt"] = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(i),
    ["Notes"] = new string('n', 200),
};
