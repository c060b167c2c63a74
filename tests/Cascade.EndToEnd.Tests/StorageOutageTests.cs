using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Cascade.EndToEnd.Tests.Infrastructure;

namespace Cascade.EndToEnd.Tests;

/// <summary>
/// Storage goes away while touchpoints arrive: nothing is reported accepted that was not queued, and once storage is
/// back every accepted event is stored exactly once and what was refused can be sent again.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class StorageOutageTests(FaultHost host)
{
    [Fact]
    public async Task PostTouchpoints_StorageStoppedDuringIngestion_Answers503UntilBack_AndStoresEveryAcceptedEventOnce()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        var people = Enumerable.Range(0, 4).Select(i => $"outage-{run}-{i}@outage-{i}.example").ToList();
        var batches = people.SelectMany((p, i) => JourneyTouches.For(p, $"out-{run}-{i}", 15).Chunk(5)).ToArray();
        new Random(7).Shuffle(batches);
        var accepted = new ConcurrentBag<string>();
        var refused = new List<JsonObject[]>();

        foreach (var batch in batches[..4])
        {
            using var response = await JourneyTouches.PostAsync(host.Client, batch);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            AddIds(accepted, batch);
        }

        // These are in flight while storage stops: each is either accepted (and then must be stored) or refused.
        var racing = batches[4..8].Select(async batch => (batch, response: await JourneyTouches.PostAsync(host.Client, batch))).ToList();
        await host.Storage.StopAsync();
        foreach (var (batch, response) in await Task.WhenAll(racing))
        {
            using (response)
            {
                Assert.Contains(response.StatusCode, new[] { HttpStatusCode.Accepted, HttpStatusCode.ServiceUnavailable });
                if (response.StatusCode == HttpStatusCode.Accepted)
                    AddIds(accepted, batch);
                else
                    refused.Add(batch);
            }
        }

        foreach (var batch in batches[8..])
        {
            using var response = await JourneyTouches.PostAsync(host.Client, batch);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            refused.Add(batch);
        }

        await host.Storage.RestartAsync();
        await host.WaitHealthyAsync();
        foreach (var batch in refused)
        {
            using var response = await JourneyTouches.PostAsync(host.Client, batch);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            AddIds(accepted, batch);
        }

        await host.DrainAsync();
        var stored = new List<string>();
        foreach (var person in people)
            stored.AddRange(JourneyTouches.EventIds(await JourneyTouches.PersonAsync(host.Client, person)));
        Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(accepted.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Equal(batches.Sum(b => b.Length), stored.Count);
    }

    private static void AddIds(ConcurrentBag<string> ids, IEnumerable<JsonObject> batch)
    {
        foreach (var touch in batch)
            ids.Add((string)touch["eventId"]!);
    }
}
