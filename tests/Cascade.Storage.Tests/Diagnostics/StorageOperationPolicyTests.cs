using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Azure.Core;
using Azure.Data.Tables;
using Cascade.Storage.Connection;
using Cascade.Storage.Diagnostics;
using Cascade.Testing.Storage;

namespace Cascade.Storage.Tests.Diagnostics;

[Collection(StorageCollection.Name)]
public sealed class StorageOperationPolicyTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("POST", "/devstoreaccount1/$batch", "batch")]
    [InlineData("GET", "/devstoreaccount1/People()", "query")]
    [InlineData("GET", "/devstoreaccount1/People(PartitionKey='a',RowKey='b')", "read")]
    [InlineData("GET", "/devstoreaccount1/People(PartitionKey='a%2Fb',RowKey='c')", "read")]
    [InlineData("POST", "/devstoreaccount1/People", "insert")]
    [InlineData("PUT", "/devstoreaccount1/People(PartitionKey='a',RowKey='b')", "upsert")]
    [InlineData("PATCH", "/devstoreaccount1/People(PartitionKey='a',RowKey='b')", "merge")]
    [InlineData("DELETE", "/devstoreaccount1/People(PartitionKey='a',RowKey='b')", "delete")]
    [InlineData("POST", "/devstoreaccount1/Tables", "table")]
    public void TableOperation_IsReadFromMethodAndPath(string method, string path, string expected) =>
        Assert.Equal(expected, StorageOperationPolicy.TableOperation(RequestMethod.Parse(method), path));

    [Theory]
    [InlineData("POST", "/devstoreaccount1/touchpoints/messages", "", "put")]
    [InlineData("GET", "/devstoreaccount1/touchpoints/messages", "?numofmessages=16", "receive")]
    [InlineData("GET", "/devstoreaccount1/touchpoints/messages", "?peekonly=true", "peek")]
    [InlineData("DELETE", "/devstoreaccount1/touchpoints/messages/0b1c", "?popreceipt=x", "delete")]
    [InlineData("PUT", "/devstoreaccount1/touchpoints/messages/0b1c", "?popreceipt=x", "update")]
    [InlineData("DELETE", "/devstoreaccount1/touchpoints/messages", "", "clear")]
    [InlineData("GET", "/devstoreaccount1/touchpoints", "?comp=metadata", "properties")]
    [InlineData("PUT", "/devstoreaccount1/touchpoints", "", "queue")]
    public void QueueOperation_IsReadFromMethodAndPath(string method, string path, string query, string expected) =>
        Assert.Equal(expected, StorageOperationPolicy.QueueOperation(RequestMethod.Parse(method), path, query));

    [Theory]
    [InlineData("table", "/devstoreaccount1/People(PartitionKey='a',RowKey='b')", "People")]
    [InlineData("table", "/People()", "People")]
    [InlineData("table", "/devstoreaccount1/$batch", "$batch")]
    [InlineData("queue", "/devstoreaccount1/touchpoints/messages/0b1c", "touchpoints")]
    [InlineData("queue", "/touchpoints", "touchpoints")]
    public void Resource_IsTheTableOrQueueOfThePath(string service, string path, string expected) =>
        Assert.Equal(expected, StorageOperationPolicy.ResourceOf(service, path));

    [Fact]
    public async Task ClientsOfAStorageConnection_CountEveryRequestTheySend()
    {
        var counts = new ConcurrentDictionary<string, long>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == StorageOperations.MeterName)
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            var key = string.Join('/', tags.ToArray().Where(t => t.Key is "service" or "operation").Select(t => t.Value));
            counts.AddOrUpdate(key, value, (_, total) => total + value);
        });
        listener.Start();
        var storage = CascadeStorage.Connect(
            StorageConnection.FromConnectionString(azurite.ConnectionString), StorageNames.WithPrefix("ops" + Guid.NewGuid().ToString("N")[..8]));
        var table = storage.Table(StorageNames.PeopleTable);
        var queue = storage.Queue("touchpoints");

        await table.CreateIfNotExistsAsync();
        await queue.CreateIfNotExistsAsync();
        await table.SubmitTransactionAsync(Enumerable.Range(0, 50).Select(i =>
            new TableTransactionAction(TableTransactionActionType.Add, new TableEntity("p", $"r{i}"))));
        await table.GetEntityAsync<TableEntity>("p", "r1");
        await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == "p"))
        {
        }

        await queue.SendMessageAsync("hello");
        var received = (await queue.ReceiveMessagesAsync(5)).Value;
        await queue.DeleteMessageAsync(received[0].MessageId, received[0].PopReceipt);
        await table.DeleteAsync();
        await queue.DeleteAsync();

        Assert.Equal(1, counts.GetValueOrDefault("table/batch"));
        Assert.Equal(1, counts.GetValueOrDefault("table/read"));
        Assert.Equal(1, counts.GetValueOrDefault("table/query"));
        Assert.Equal(1, counts.GetValueOrDefault("queue/put"));
        Assert.Equal(1, counts.GetValueOrDefault("queue/receive"));
        Assert.Equal(1, counts.GetValueOrDefault("queue/delete"));
    }
}
