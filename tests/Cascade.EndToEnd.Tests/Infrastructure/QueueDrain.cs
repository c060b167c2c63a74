using System.Net.Http.Json;
using System.Text.Json;

namespace Cascade.EndToEnd.Tests.Infrastructure;

/// <summary>Reads the queues through <c>GET /api/status/queues</c> and waits for them to empty.</summary>
public static class QueueDrain
{
    /// <summary>The approximate message counts of every queue and poison queue.</summary>
    public static async Task<Dictionary<string, int>> CountsAsync(HttpClient client)
    {
        using var status = await client.GetFromJsonAsync<JsonDocument>("/api/status/queues");
        return status!.RootElement.EnumerateObject().ToDictionary(q => q.Name, q => q.Value.GetProperty("approximateMessages").GetInt32());
    }

    /// <summary>
    /// Waits until every queue and poison queue is empty in two polls in a row: a handler queues its follow-up work
    /// before its own message is deleted, so empty twice means the pipeline is done.
    /// </summary>
    public static async Task DrainAsync(HttpClient client)
    {
        var emptyPolls = 0;
        await Eventually.GetAsync(async () =>
        {
            var counts = await CountsAsync(client);
            emptyPolls = counts.Values.All(c => c == 0) ? emptyPolls + 1 : 0;
            return (emptyPolls, counts: string.Join(", ", counts.Where(c => c.Value > 0).Select(c => $"{c.Key}={c.Value}")));
        }, state => state.emptyPolls >= 2, "every queue to drain", TimeSpan.FromMinutes(4));
    }
}
