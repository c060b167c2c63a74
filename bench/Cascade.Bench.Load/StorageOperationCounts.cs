using System.Net.Http.Json;

namespace Cascade.Bench.Load;

/// <summary>
/// The runtime's storage requests so far, per service and operation, read from the local runtime's
/// <c>GET /admin/storage/operations</c>; the difference of two readings is what a phase cost.
/// </summary>
public sealed record StorageOperationCounts(IReadOnlyDictionary<string, Dictionary<string, long>> ByService)
{
    public static readonly StorageOperationCounts None = new(new Dictionary<string, Dictionary<string, long>>());

    /// <summary>The operation the load tool itself causes: <c>/api/status/queues</c> reads each queue's properties.</summary>
    public const string DrainChecks = "properties";

    /// <summary>The service's requests, without the tool's own drain checks.</summary>
    public long Total(string service) =>
        ByService.TryGetValue(service, out var operations) ? operations.Where(o => o.Key != DrainChecks).Sum(o => o.Value) : 0;

    /// <summary>Null when the runtime does not answer the route (an Azure deployment, an older runtime).</summary>
    public static async Task<StorageOperationCounts?> ReadAsync(HttpClient client, CancellationToken cancellationToken, string route = "/admin/storage/operations")
    {
        using var response = await client.GetAsync(route, cancellationToken);
        if (!response.IsSuccessStatusCode)
            return null;
        var counts = await response.Content.ReadFromJsonAsync<Dictionary<string, Dictionary<string, long>>>(cancellationToken);
        return new StorageOperationCounts(counts ?? []);
    }

    /// <summary>
    /// The same requests by caller (a function's name, or <c>host</c> for the queue listeners' polls), keyed
    /// "service resource operation"; null when the runtime does not answer the route.
    /// </summary>
    public static Task<StorageOperationCounts?> ReadByCallerAsync(HttpClient client, CancellationToken cancellationToken) =>
        ReadAsync(client, cancellationToken, "/admin/storage/operations/callers");

    public StorageOperationCounts Minus(StorageOperationCounts earlier)
    {
        var result = new Dictionary<string, Dictionary<string, long>>(StringComparer.Ordinal);
        foreach (var (service, operations) in ByService)
        {
            var before = earlier.ByService.GetValueOrDefault(service) ?? [];
            result[service] = operations.ToDictionary(o => o.Key, o => o.Value - before.GetValueOrDefault(o.Key), StringComparer.Ordinal);
        }

        return new StorageOperationCounts(result);
    }
}
