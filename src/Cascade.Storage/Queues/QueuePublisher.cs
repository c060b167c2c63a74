using Azure.Storage.Queues;

namespace Cascade.Storage.Queues;

/// <summary>
/// Sends split batches to Cascade's queues. The queue clients come from <see cref="CascadeStorage"/>, whose
/// queue service encodes messages as base64 for the Functions host.
/// </summary>
public sealed class QueuePublisher(CascadeStorage storage)
{
    /// <summary>
    /// Sends every message of <paramref name="split"/> to <paramref name="queue"/> (a <see cref="QueueNames"/>
    /// name). Items listed in <see cref="QueueSplit.Oversized"/> are not sent: refuse them before calling.
    /// </summary>
    /// <returns>The number of messages sent.</returns>
    public async Task<int> SendAsync(string queue, QueueSplit split, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(split);
        QueueClient client = storage.Queue(queue);
        foreach (var message in split.Messages)
        {
            await client.SendMessageAsync(message.Json, cancellationToken);
        }

        return split.Messages.Count;
    }
}
