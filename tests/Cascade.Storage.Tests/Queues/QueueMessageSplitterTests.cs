using Azure.Storage.Queues.Models;
using Cascade.Storage.Queues;

using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Queues;

[Collection(StorageCollection.Name)]
public sealed class QueueMessageSplitterTests(AzuriteFixture azurite)
{
    public sealed record Item(string EventId, string Payload);

    [Fact]
    public async Task Split_SixHundredLargeItems_SeveralMessagesUnderTheLimitAndEveryItemComesBack()
    {
        var storage = await azurite.CreateStorageAsync();
        var items = Enumerable.Range(0, 600).Select(i => new Item($"evt-{i}", new string('x', 400 + (i % 7 * 50)) + "é\"<")).ToList();

        var split = QueueMessageSplitter.Split(items, "req-42");
        await new QueuePublisher(storage).SendAsync(QueueNames.Touchpoints, split);
        var received = await ReceiveAllAsync(storage, QueueNames.Touchpoints, split.Messages.Count);

        Assert.True(split.IsComplete);
        Assert.True(split.Messages.Count > 1);
        Assert.All(split.Messages, m => Assert.InRange(m.EncodedLength, 1, QueueMessageSplitter.MaxEncodedBytes));
        Assert.Equal(split.Messages.Select((_, i) => $"req-42-{i}"), received.Select(r => r.Id).Order(StringComparer.Ordinal).OrderBy(id => id.Length));
        Assert.Equal(items, received.OrderBy(r => int.Parse(r.Id[7..], System.Globalization.CultureInfo.InvariantCulture)).SelectMany(r => r.Items));
    }

    [Fact]
    public void Split_WithAnItemCap_PutsAtMostThatManyItemsInAMessage_InOrder()
    {
        var items = Enumerable.Range(0, 7).Select(i => new Item($"evt-{i}", "x")).ToList();

        var one = QueueMessageSplitter.Split(items, "req", maxItems: 1);
        var three = QueueMessageSplitter.Split(items, "req", maxItems: 3);

        Assert.Equal(7, one.Messages.Count);
        Assert.Equal(3, three.Messages.Count);
        Assert.Equal(["req-0", "req-1", "req-2"], three.Messages.Select(m => m.Id));
        Assert.True(one.IsComplete && three.IsComplete);
    }

    [Fact]
    public async Task SendAsync_MessageAtTheLimit_IsAcceptedAndStoredAsBase64()
    {
        var storage = await azurite.CreateStorageAsync();
        var fill = QueueMessageSplitter.MaxRawBytes - """{"id":"m-0","items":[{"eventId":"e","payload":""}]}""".Length;
        var split = QueueMessageSplitter.Split([new Item("e", new string('y', fill))], "m");

        await new QueuePublisher(storage).SendAsync(QueueNames.Opportunities, split);
        var raw = storage.Queues.GetQueueClient(storage.Names.Queue(QueueNames.Opportunities));
        var peeked = (await new Azure.Storage.Queues.QueueClient(
            azurite.ConnectionString, raw.Name).PeekMessageAsync()).Value;

        Assert.Equal(QueueMessageSplitter.MaxEncodedBytes, Assert.Single(split.Messages).EncodedLength);
        Assert.Equal(split.Messages[0].Json, System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(peeked.MessageText)));
    }

    [Fact]
    public void Split_ItemTooLargeAlone_IsReportedNotSent()
    {
        var items = new[] { new Item("a", "small"), new Item("b", new string('z', QueueMessageSplitter.MaxRawBytes)), new Item("c", "small") };

        var split = QueueMessageSplitter.Split(items, "r");

        Assert.Equal([1], split.Oversized);
        Assert.Equal(2, split.ItemCount);
        Assert.False(split.IsComplete);
    }

    [Fact]
    public void TryDecode_NotAnEnvelope_ReturnsNull()
    {
        Assert.Null(QueueMessageCodec.TryDecode<Item>("not json"));
        Assert.Null(QueueMessageCodec.TryDecode<Item>("""{"items":[]}"""));
    }

    private static async Task<List<QueueEnvelope<Item>>> ReceiveAllAsync(CascadeStorage storage, string queue, int expected)
    {
        var client = storage.Queue(queue);
        var envelopes = new List<QueueEnvelope<Item>>();
        // Poll until every message is in; bounded so a bug fails the test instead of hanging it.
        for (var polls = 0; envelopes.Count < expected && polls < 100; polls++)
        {
            QueueMessage[] batch = (await client.ReceiveMessagesAsync(maxMessages: 32)).Value;
            foreach (var message in batch)
            {
                envelopes.Add(QueueMessageCodec.TryDecode<Item>(message.Body.ToString())!);
                await client.DeleteMessageAsync(message.MessageId, message.PopReceipt);
            }
        }

        return envelopes;
    }
}
