using System.Collections.Concurrent;
using System.Diagnostics;
using Azure.Data.Tables;
using Azure.Storage.Queues;

namespace Cascade.Bench.Load;

/// <summary>
/// The latency floor of a single post on this storage: what a single post asks of it — one queue put, then one
/// one-entity insert transaction — sent straight from the SDK by the same number of concurrent clients as the idle
/// burst, with no HTTP, no function and no Cascade code in between. The edge's own latency can only come near it.
/// </summary>
public static class EdgeFloorProbe
{
    public static async Task<LatencySummary> RunAsync(string connection, int clients, int postsPerClient)
    {
        var suffix = Guid.NewGuid().ToString("N")[..12];
        var queue = new QueueClient(connection, "floor-" + suffix, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var table = new TableClient(connection, "floor" + suffix);
        await queue.CreateAsync();
        await table.CreateAsync();
        try
        {
            // About a one-touch message: a JSON envelope of 1 KiB.
            var message = "{\"payload\":\"" + new string('x', 1_010) + "\"}";
            var times = new ConcurrentBag<double>();
            await Task.WhenAll(Enumerable.Range(0, clients).Select(async client =>
            {
                for (var i = 0; i < postsPerClient; i++)
                {
                    var id = $"{client:D3}-{i:D4}";
                    var watch = Stopwatch.StartNew();
                    await queue.SendMessageAsync(message);
                    await table.SubmitTransactionAsync([new TableTransactionAction(TableTransactionActionType.Add, new TableEntity($"b{client % 16:D2}", id))]);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }));
            return LatencySummary.Of([.. times]);
        }
        finally
        {
            await queue.DeleteIfExistsAsync();
            await table.DeleteAsync();
        }
    }
}
