using Cascade.App.Configuration;
using Cascade.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Cascade.App.Ingestion;

/// <summary>
/// Puts items on a queue as few messages of at most 64 KiB each (and at most <see cref="CascadeOptions.MaxItemsPerMessage"/>
/// items); an item that cannot fit is a bug here.
/// </summary>
public sealed class QueueSender(QueuePublisher publisher, IOptions<CascadeOptions> options)
{
    public async Task SendAsync<T>(string queue, IReadOnlyList<T> items, string batchId, CancellationToken cancellationToken)
    {
        if (items.Count == 0)
        {
            return;
        }

        var split = QueueMessageSplitter.Split(items, batchId, maxItems: Math.Max(1, options.Value.MaxItemsPerMessage));
        if (!split.IsComplete)
        {
            // Validation bounds every field far below a message; reaching this is a bug, never bad input.
            throw new InvalidOperationException($"{split.Oversized.Count} item(s) of batch {batchId} do not fit a queue message.");
        }

        await publisher.SendAsync(queue, split, cancellationToken);
    }
}
