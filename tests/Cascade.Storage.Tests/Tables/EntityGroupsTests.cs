using Azure.Data.Tables;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Tests.Tables;

public sealed class EntityGroupsTests
{
    [Fact]
    public void Chunk_SmallActions_GroupsByPartitionInChunksOfAtMost100InOrder()
    {
        var actions = Enumerable.Range(0, 250)
            .Select(i => Upsert(i % 2 == 0 ? "even" : "odd", i, text: "x"))
            .ToList();

        var chunks = EntityGroups.Chunk(actions).ToList();

        Assert.Equal([100, 25, 100, 25], chunks.Select(c => c.Count));
        Assert.All(chunks, c => Assert.Single(c.Select(a => a.Entity.PartitionKey).Distinct()));
        Assert.Equal(actions.Where(a => a.Entity.PartitionKey == "even"), chunks.Where(c => c[0].Entity.PartitionKey == "even").SelectMany(c => c));
    }

    [Fact]
    public void Chunk_LargeEntities_KeepsEachRequestBodyUnder4MiB()
    {
        // About 0.6 MB each as JSON: six fit in 4 MiB, seven do not.
        var actions = Enumerable.Range(0, 20).Select(i => Upsert("p", i, text: new string('a', 30_000), properties: 20)).ToList();

        var chunks = EntityGroups.Chunk(actions).ToList();

        Assert.Equal([6, 6, 6, 2], chunks.Select(c => c.Count));
        Assert.Equal(actions, chunks.SelectMany(c => c));
    }

    [Fact]
    public void Chunk_TextTheJsonWriterEscapes_CountsItEscaped()
    {
        // 100,000 characters each, every one written as a six-byte escape (\u00e9): about 0.6 MB, as above.
        var actions = Enumerable.Range(0, 20).Select(i => Upsert("p", i, text: new string('é', 5_000), properties: 20)).ToList();

        Assert.Equal([6, 6, 6, 2], EntityGroups.Chunk(actions).Select(c => c.Count));
    }

    [Fact]
    public void Chunk_TypedEntities_CountTheirProperties()
    {
        var actions = Enumerable.Range(0, 10)
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new Document { PartitionKey = "p", RowKey = $"r{i}", Body = new string('a', 1_000_000) }))
            .ToList();

        Assert.Equal([4, 4, 2], EntityGroups.Chunk(actions).Select(c => c.Count));
    }

    [Fact]
    public void Chunk_Deletes_AreBoundedByTheirCountOnly()
    {
        var actions = Enumerable.Range(0, 150)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity("p", $"r{i}") { ["Text"] = new string('a', 30_000) }))
            .ToList();

        Assert.Equal([100, 50], EntityGroups.Chunk(actions).Select(c => c.Count));
    }

    [Fact]
    public void Chunk_OneActionOverTheBound_GoesAlone()
    {
        var huge = new Document { PartitionKey = "p", RowKey = "huge", Body = new string('"', 1_000_000) };
        var actions = new[]
        {
            Upsert("p", 0, text: "x"),
            new TableTransactionAction(TableTransactionActionType.UpsertReplace, huge),
            Upsert("p", 1, text: "x"),
        };

        Assert.Equal([1, 1, 1], EntityGroups.Chunk(actions).Select(c => c.Count));
    }

    private static TableTransactionAction Upsert(string partition, int row, string text, int properties = 1)
    {
        var entity = new TableEntity(partition, $"r{row:D4}");
        for (var p = 0; p < properties; p++)
        {
            entity[$"Text{p}"] = text;
        }

        return new TableTransactionAction(TableTransactionActionType.UpsertReplace, entity);
    }

    private sealed class Document : ITableEntity
    {
        public string PartitionKey { get; set; } = string.Empty;
        public string RowKey { get; set; } = string.Empty;
        public DateTimeOffset? Timestamp { get; set; }
        public Azure.ETag ETag { get; set; }
        public string Body { get; set; } = string.Empty;
    }
}
