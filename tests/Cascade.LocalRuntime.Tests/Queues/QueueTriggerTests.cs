using System.Text.Json;
using Azure.Data.Tables;
using Cascade.LocalRuntime.Tests.Infrastructure;
using Cascade.LocalRuntime.Tests.TestFunctions;

namespace Cascade.LocalRuntime.Tests.Queues;

[Collection(RuntimeCollection.Name)]
public sealed class QueueTriggerTests(RuntimeFixture runtime)
{
    [Fact]
    public async Task Message_IsBoundAsJsonProcessedOnceAndDeleted()
    {
        var id = "ok-" + Guid.NewGuid().ToString("N");
        var queue = runtime.Queue(runtime.TestQueue);
        await queue.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(JsonSerializer.Serialize(new TestMessage(id), JsonSerializerOptions.Web));

        var record = await Eventually.GetAsync(
            async () => await runtime.Records.GetEntityIfExistsAsync<TableEntity>("queue", id),
            r => r.HasValue, "the message to be recorded");
        Assert.Equal(1, record.Value!.GetInt64("DequeueCount"));
    }

    [Fact]
    public async Task MessageThatAlwaysFails_EndsInPoisonQueueWithOriginalBody_AfterFiveDequeues()
    {
        var id = "fail-" + Guid.NewGuid().ToString("N");
        var body = JsonSerializer.Serialize(new TestMessage(id), JsonSerializerOptions.Web);
        var queue = runtime.Queue(runtime.TestQueue);
        var poison = runtime.Queue(runtime.TestQueue + "-poison");
        await queue.CreateIfNotExistsAsync();
        await poison.CreateIfNotExistsAsync();

        await queue.SendMessageAsync(body);

        var peeked = await Eventually.GetAsync(
            async () => (await poison.PeekMessagesAsync(32)).Value,
            messages => messages.Any(m => m.Body.ToString() == body), "the message in the poison queue");
        Assert.Single(peeked, m => m.Body.ToString() == body);
        var remaining = (await queue.PeekMessagesAsync(32)).Value;
        Assert.DoesNotContain(remaining, m => m.Body.ToString() == body);
        var attempts = new List<string>();
        await foreach (var row in runtime.Records.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"attempt"}")))
        {
            if (row.RowKey.StartsWith(id + "-", StringComparison.Ordinal))
                attempts.Add(row.RowKey[(id.Length + 1)..]);
        }

        Assert.Equal(["1", "2", "3", "4", "5"], attempts.Order());
    }
}
