using Azure;
using Azure.Storage.Queues;
using Cascade.Functions.Storage;

namespace Cascade.Functions.Status;

/// <summary>Approximate message counts of Cascade's queues and their poison queues.</summary>
public sealed class QueueStatusReader(QueueServiceClient queues)
{
    public static IReadOnlyList<string> Watched { get; } =
        [.. CascadeQueues.All, .. CascadeQueues.All.Select(CascadeQueues.PoisonOf)];

    public async Task<IReadOnlyDictionary<string, QueueStatus>> ReadAsync(CancellationToken cancellationToken)
    {
        var counts = await Task.WhenAll(Watched.Select(name => CountAsync(name, cancellationToken)));
        var result = new Dictionary<string, QueueStatus>(StringComparer.Ordinal);
        for (var i = 0; i < Watched.Count; i++)
            result[Watched[i]] = new QueueStatus(counts[i]);
        return result;
    }

    private async Task<int> CountAsync(string name, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await queues.GetQueueClient(name).GetPropertiesAsync(cancellationToken);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A queue nobody has written to yet (poison queues are created on first poison) holds nothing.
            return 0;
        }
    }
}
