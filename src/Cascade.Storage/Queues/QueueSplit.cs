namespace Cascade.Storage.Queues;

/// <summary>
/// A batch of items cut into messages that each fit the queue. <see cref="Oversized"/> lists the indexes of
/// items too large for a message even alone; they are in no message, and the caller decides (the edge
/// refuses the request). Every other item is in exactly one message, in the original order.
/// </summary>
public sealed record QueueSplit(IReadOnlyList<QueueMessageBody> Messages, IReadOnlyList<int> Oversized)
{
    /// <summary>True when every item is in a message.</summary>
    public bool IsComplete => Oversized.Count == 0;

    public int ItemCount => Messages.Sum(m => m.ItemCount);
}
