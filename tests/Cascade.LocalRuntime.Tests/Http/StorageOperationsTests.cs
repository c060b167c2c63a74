using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Http;

[Collection(RuntimeCollection.Name)]
public sealed class StorageOperationsTests(RuntimeFixture runtime)
{
    private async Task<Dictionary<string, Dictionary<string, long>>> ReadAsync() =>
        (await runtime.Client.GetFromJsonAsync<Dictionary<string, Dictionary<string, long>>>("/admin/storage/operations"))!;

    private static long Count(Dictionary<string, Dictionary<string, long>> totals, string service, string operation) =>
        totals.GetValueOrDefault(service)?.GetValueOrDefault(operation) ?? 0;

    [Fact]
    public async Task StorageOperations_GrowWithTheRequestsAnAcceptedTouchpointCosts()
    {
        var before = await ReadAsync();
        var body = $$"""{ "eventId": "ops-{{Guid.NewGuid():N}}", "occurredAt": "2026-03-02T09:00:00Z", "type": "page_view", "anonymousId": "a-ops" }""";

        using var response = await runtime.Client.PostAsync($"/api/touchpoints?code={RuntimeFixture.ApiKey}", new StringContent(body, Encoding.UTF8, "application/json"));
        var after = await ReadAsync();

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        // The edge queues the touchpoint, then records its id: a put and an insert transaction (and what the pipeline adds).
        Assert.True(Count(after, "table", "batch") - Count(before, "table", "batch") >= 1);
        Assert.True(Count(after, "queue", "put") - Count(before, "queue", "put") >= 1);
    }

    [Fact]
    public async Task StorageOperationsByCaller_CountAnHttpFunctionsRequestsForIt()
    {
        async Task<long> EdgeQueuePuts() =>
            (await runtime.Client.GetFromJsonAsync<Dictionary<string, Dictionary<string, long>>>("/admin/storage/operations/callers"))!
                .GetValueOrDefault("PostTouchpoints")?
                .Where(o => o.Key.StartsWith("queue ", StringComparison.Ordinal) && o.Key.EndsWith("touchpoints put", StringComparison.Ordinal))
                .Sum(o => o.Value) ?? 0;
        var before = await EdgeQueuePuts();
        var body = $$"""{ "eventId": "ops-{{Guid.NewGuid():N}}", "occurredAt": "2026-03-02T09:00:00Z", "type": "page_view", "anonymousId": "a-ops" }""";

        using var response = await runtime.Client.PostAsync($"/api/touchpoints?code={RuntimeFixture.ApiKey}", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(await EdgeQueuePuts() - before >= 1);
    }
}
