using Azure.Data.Tables;
using Azure.Storage.Queues;
using Cascade.Storage.Connection;
using Cascade.Storage.Queues;

namespace Cascade.Storage;

/// <summary>
/// The storage account as Cascade uses it: one table service and one queue service client (thread-safe,
/// meant to be shared) and the names of every table and queue.
/// </summary>
public sealed class CascadeStorage
{
    public CascadeStorage(TableServiceClient tables, QueueServiceClient queues, StorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(queues);
        Tables = tables;
        Queues = queues;
        Names = names ?? StorageNames.Default;
    }

    public TableServiceClient Tables { get; }

    public QueueServiceClient Queues { get; }

    public StorageNames Names { get; }

    /// <summary>Clients for <paramref name="connection"/>; queue messages are base64 (see <see cref="StorageConnection"/>).</summary>
    public static CascadeStorage Connect(StorageConnection connection, StorageNames? names = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        return new CascadeStorage(connection.CreateTableServiceClient(), connection.CreateQueueServiceClient(), names);
    }

    public TableClient Table(string logicalName) => Tables.GetTableClient(Names.Table(logicalName));

    public QueueClient Queue(string logicalName) => Queues.GetQueueClient(Names.Queue(logicalName));

    /// <summary>Creates every table and queue (poison queues included) that does not exist yet; idempotent.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken = default)
    {
        var tables = StorageNames.Tables.Select(t => Table(t).CreateIfNotExistsAsync(cancellationToken));
        var queues = QueueNames.All.Select(q => Queue(q).CreateIfNotExistsAsync(cancellationToken: cancellationToken));
        await Task.WhenAll(tables.Concat<Task>(queues));
    }
}
