using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Cascade.Bench.Load;

/// <summary>
/// Posts to a running Cascade with at most <see cref="LoadSettings.Concurrency"/> requests in flight and waits for
/// its queues to drain; prints progress to standard error so that standard output holds only the figures.
/// </summary>
public sealed class LoadDriver(HttpClient client, LoadSettings settings, SyntheticWorkload workload)
{
    /// <summary>Posts batches of <paramref name="batchSize"/> until the phase's time or touchpoint budget is spent.</summary>
    public Task<PostPhaseResult> PostTouchpointsAsync(string name, int batchSize, long maxTouchpoints, CancellationToken cancellationToken) =>
        PostTouchpointsAsync(name, batchSize, maxTouchpoints, settings.PhaseDuration, cancellationToken);

    /// <summary>Posts batches of <paramref name="batchSize"/> until <paramref name="duration"/> or the touchpoint budget is spent.</summary>
    public async Task<PostPhaseResult> PostTouchpointsAsync(string name, int batchSize, long maxTouchpoints, TimeSpan duration, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        long accepted = 0, sent = 0;
        var requests = 0;
        var refused = 0;
        var watch = Stopwatch.StartNew();
        using var progress = new Timer(_ => Console.Error.Write($"\r{name}: {Interlocked.Read(ref accepted):N0} accepted, {Volatile.Read(ref refused)} refused   "), null, 1000, 1000);

        await Task.WhenAll(Enumerable.Range(0, settings.Concurrency).Select(async _ =>
        {
            while (watch.Elapsed < duration && Interlocked.Add(ref sent, batchSize) <= maxTouchpoints && !cancellationToken.IsCancellationRequested)
            {
                var body = workload.Touchpoints(batchSize).ToJsonString();
                var started = Stopwatch.GetTimestamp();
                using var response = await client.PostAsync("/api/touchpoints", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
                var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                lock (latencies)
                    latencies.Add(elapsed);
                Interlocked.Increment(ref requests);
                if (response.StatusCode == HttpStatusCode.Accepted)
                    Interlocked.Add(ref accepted, (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("accepted").GetInt64());
                else
                    Interlocked.Increment(ref refused);
            }
        }));

        watch.Stop();
        Console.Error.WriteLine();
        return new PostPhaseResult(name, requests, refused, accepted, watch.Elapsed, LatencySummary.Of(latencies));
    }

    public async Task PostOpportunitiesAsync(CancellationToken cancellationToken)
    {
        // One CRM version at a time: an update is only newer than what is stored once the previous one is queued.
        var updates = workload.Opportunities();
        foreach (var version in updates.Select((update, i) => (update, version: i % 3)).GroupBy(u => u.version).OrderBy(g => g.Key))
        {
            var body = new JsonArray([.. version.Select(u => u.update!.DeepClone())]).ToJsonString();
            using var response = await client.PostAsync("/api/crm/opportunities", new StringContent(body, Encoding.UTF8, "application/json"), cancellationToken);
            response.EnsureSuccessStatusCode();
        }
    }

    /// <summary>
    /// Waits until every queue is empty in two polls in a row; false when <paramref name="timeout"/> came first. Given
    /// <paramref name="busyUntil"/>, records for each queue the last reading of <paramref name="clock"/> at which it still
    /// held messages (in flight included), which tells which hop the pipeline's time goes to.
    /// </summary>
    public async Task<bool> DrainAsync(
        TimeSpan timeout, CancellationToken cancellationToken, Stopwatch? clock = null, IDictionary<string, TimeSpan>? busyUntil = null)
    {
        var watch = Stopwatch.StartNew();
        var emptyPolls = 0;
        while (watch.Elapsed < timeout)
        {
            using var response = await client.GetAsync("/api/status/queues", cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // A storage hiccup under load answers 503: not drained yet, ask again.
                emptyPolls = 0;
                await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
                continue;
            }

            using var status = await response.Content.ReadFromJsonAsync<JsonDocument>(cancellationToken);
            var queues = status!.RootElement.EnumerateObject().Where(q => !q.Name.EndsWith("-poison", StringComparison.Ordinal))
                .Select(q => (q.Name, Messages: q.Value.GetProperty("approximateMessages").GetInt32())).ToList();
            var waiting = queues.Sum(q => q.Messages);
            if (clock is not null && busyUntil is not null)
            {
                foreach (var (name, _) in queues.Where(q => q.Messages > 0))
                {
                    busyUntil[name] = clock.Elapsed;
                }
            }

            Console.Error.Write($"\rdraining: {waiting:N0} messages waiting   ");
            emptyPolls = waiting == 0 ? emptyPolls + 1 : 0;
            if (emptyPolls >= 2)
            {
                Console.Error.WriteLine();
                return true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }

        Console.Error.WriteLine();
        return false;
    }
}
