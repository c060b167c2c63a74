using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>Puts items on a queue as few messages of at most 64 KiB each; an item that cannot fit is a bug here.</summary>
public sealed class QueueSender(QueuePublisher publisher)
{
    public async Task SendAsync<T>(string queue, IReadOnlyList<T> items, string batchId, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var split = QueueMessageSplitter.Split(items, batchId);
        if (!split.IsComplete)
        {
            // Validation bounds every field far below a message; reaching this is a bug, never bad input.
            throw new InvalidOperationException($"{split.Oversized.Count} item(s) of batch {batchId} do not fit a queue message.");
        }

        await publisher.SendAsync(queue, split, cancellationToken);
    }
}
