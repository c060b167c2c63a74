using Azure;
using Cascade.Storage;
using Cascade.Storage.Queues;

namespace Cascade.Functions.Status;

/// <summary>Approximate message counts of Cascade's queues and their poison queues, keyed by their api.md names.</summary>
public sealed class QueueStatusReader(CascadeStorage storage)
{
    public static IReadOnlyList<string> Watched => QueueNames.All;

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
            var properties = await storage.Queue(name).GetPropertiesAsync(cancellationToken);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // A queue nobody has written to yet holds nothing.
            return 0;
        }
    }
}
