using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cascade.Bench.Load;

namespace Cascade.Bench.Reads;

/// <summary>
/// Loads a synthetic workload in two steps through the API — N touchpoints (N/10 people, an account per five
/// people, an opportunity per account), then 3N more with three times the people, accounts and opportunities, as the
/// workspace's older history (<see cref="Older"/>), so the store holds 4N — waits for the pipeline to settle, refits
/// Markov, and times every read at both sizes: the same person and opportunity (from the first step) and the same
/// report periods. Prints each read's median, the ratio of the two medians, and the table requests one read sends at
/// each size; given the storage connection, also the emulator's own cost of a request at each size
/// (<see cref="EmulatorProbe"/>).
/// </summary>
public sealed class ReadScaling(HttpClient client, int touchpoints, int repeats, string? storage)
{
    private const int BatchSize = 500;
    private const int HistoryMonthsBack = 15;

    public async Task<int> RunAsync()
    {
        var first = new SyntheticWorkload(Math.Max(10, touchpoints / 10), seed: 1);
        var batch = first.Touchpoints(touchpoints);
        var person = batch.Select(t => t!["email"]?.GetValue<string>()).First(e => e is not null)!;
        var opportunities = first.Opportunities();
        var opportunity = opportunities[0]!["opportunityId"]!.GetValue<string>();
        var account = opportunities[0]!["accountDomain"]!.GetValue<string>();
        await LoadAsync(batch, opportunities);
        var small = await TimeReadsAsync(person, opportunity, account);

        // The added history is the workspace's past: keyed reads and this period's reports must answer as fast as
        // before (architecture.md, storage rules).
        var second = new SyntheticWorkload(Math.Max(30, 3 * touchpoints / 10), seed: 2);
        await LoadAsync(Older(second.Touchpoints(3 * touchpoints)), Older(Closed(second.Opportunities())));
        var large = await TimeReadsAsync(person, opportunity, account);

        Console.WriteLine($"| read | median at {touchpoints:N0} touchpoints, ms | median at {4 * touchpoints:N0}, ms | ratio | table requests per read at {touchpoints:N0} | at {4 * touchpoints:N0} |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (name, (ms, requests)) in small)
        {
            var (largeMs, largeRequests) = large[name];
            Console.WriteLine($"| {name} | {ms:F1} | {largeMs:F1} | {largeMs / ms:F2} | {Requests(requests)} | {Requests(largeRequests)} |");
        }

        return 0;
    }

    private async Task LoadAsync(JsonArray touches, JsonArray opportunities)
    {
        var started = Stopwatch.StartNew();
        foreach (var chunk in touches.Chunk(BatchSize))
        {
            await PostAsync("/api/touchpoints", new JsonArray([.. chunk.Select(t => t!.DeepClone())]));
        }

        await PostAsync("/api/crm/opportunities", opportunities);
        await SettleAsync();
        using var fit = await client.PostAsync("/api/admin/markov/fit", null);
        fit.EnsureSuccessStatusCode();
        Console.Error.WriteLine($"loaded {touches.Count:N0} touchpoints and {opportunities.Count:N0} CRM versions, settled in {started.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>
    /// <paramref name="items"/> moved fifteen months back: before every period the reads ask about, the plan's four
    /// quarters of look-back included, so the added history lies beside each question, not inside it.
    /// </summary>
    private static JsonArray Older(JsonArray items)
    {
        foreach (var item in items.OfType<JsonObject>())
        {
            foreach (var name in new[] { "occurredAt", "createdAt", "updatedAt", "closedAt" })
            {
                if (item[name]?.GetValue<string>() is { } instant)
                {
                    item[name] = DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture).AddMonths(-HistoryMonthsBack).ToString("O", CultureInfo.InvariantCulture);
                }
            }

            if (item["closeDate"]?.GetValue<string>() is { } date)
            {
                item["closeDate"] = DateOnly.Parse(date, CultureInfo.InvariantCulture).AddMonths(-HistoryMonthsBack).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            }
        }

        return items;
    }

    /// <summary>
    /// The CRM versions with every deal closed by its last one (those still open lost then): a year-old deal has long
    /// been decided, so the open pipeline is the recent history's at both sizes, as in a workspace whose past grows.
    /// </summary>
    private static JsonArray Closed(JsonArray versions)
    {
        var last = versions.OfType<JsonObject>()
            .GroupBy(v => v["opportunityId"]!.GetValue<string>(), StringComparer.Ordinal)
            .Select(g => g.Last());
        foreach (var version in last.Where(v => v["status"]?.GetValue<string>() == "open"))
        {
            version["status"] = "lost";
            version["stage"] = "closed";
            version["closedAt"] = version["updatedAt"]!.GetValue<string>();
        }

        return versions;
    }

    private async Task PostAsync(string path, JsonArray body)
    {
        using var response = await client.PostAsync(path, new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    // The work queues empty three polls in a row (a sweep may queue attribution right after its own message ends).
    private async Task SettleAsync()
    {
        var empty = 0;
        while (empty < 3)
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            var status = await client.GetFromJsonAsync<Dictionary<string, JsonElement>>("/api/status/queues");
            var waiting = status!.Where(q => !q.Key.EndsWith("-poison", StringComparison.Ordinal))
                .Sum(q => q.Value.GetProperty("approximateMessages").GetInt32());
            empty = waiting == 0 ? empty + 1 : 0;
        }
    }

    // Every GET route of the API but the health check, the dashboard page and the stored snapshots (none is taken here).
    private static string Requests(double? requests) => requests is { } r ? r.ToString("F1", CultureInfo.InvariantCulture) : "—";

    // Each read's median latency and its table requests per request (null when the runtime does not count them): the
    // requests are what the design decides; the latency also carries the emulator's and the machine's own costs, which
    // the probe's rows show beside a read whose data is the same at both sizes (spend).
    private async Task<Dictionary<string, (double Median, double? Requests)>> TimeReadsAsync(string person, string opportunity, string account)
    {
        const string Period = "from=2026-01-01&to=2026-04-01";
        const string AsOf = "asOf=2026-04-01T00:00:00Z";
        var reads = new (string Name, string Path)[]
        {
            ("person", $"/api/people/{Uri.EscapeDataString(person)}"),
            ("opportunity attribution", $"/api/opportunities/{Uri.EscapeDataString(opportunity)}/attribution?kind=pipeline"),
            ("attribution report", $"/api/reports/attribution?model=linear&{Period}"),
            ("attribution compare", $"/api/reports/attribution/compare?{Period}"),
            ("sourcing", $"/api/reports/sourcing?{Period}"),
            ("funnel", $"/api/reports/funnel?{Period}"),
            ("waterfall (live)", "/api/reports/waterfall/2026-Q1"),
            ("plan", "/api/reports/waterfall/2026-Q2/plan?endingTarget=1000000&wonTarget=500000"),
            ("value change", "/api/reports/value-change/2026-Q1"),
            ("pipeline", $"/api/reports/pipeline?{AsOf}&groupBy=stage"),
            ("pipeline stages", $"/api/reports/pipeline/stages?{Period}"),
            ("stuck deals", $"/api/reports/pipeline/stuck?{AsOf}"),
            ("undocumented deals", "/api/reports/undocumented"),
            ("account", $"/api/accounts/{Uri.EscapeDataString(account)}"),
            ("customers report", $"/api/reports/customers?{Period}"),
            ("roi", $"/api/reports/roi?model=linear&kind=pipeline&groupBy=channel&{Period}"),
            ("spend", $"/api/spend?{Period}"),
        };

        // Requests: one warm-up request per read, then one counted between two readings of the runtime's counters.
        var requests = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (name, path) in reads)
        {
            await GetAsync(path);
            var before = await StorageOperationCounts.ReadAsync(client, CancellationToken.None);
            await GetAsync(path);
            var after = await StorageOperationCounts.ReadAsync(client, CancellationToken.None);
            requests[name] = before is null || after is null ? null : after.Minus(before).Total("table");
        }

        // Latency: rounds that each time every read once, so a passing disturbance of this shared machine (a
        // collection, a timer, another process) lands on many reads' samples instead of on one read's whole block.
        var times = reads.ToDictionary(r => r.Name, _ => new List<double>(), StringComparer.Ordinal);
        for (var round = 0; round < repeats; round++)
        {
            foreach (var (name, path) in reads)
            {
                times[name].Add(await GetAsync(path));
            }
        }

        var medians = reads.ToDictionary(r => r.Name, r => (Median(times[r.Name]), requests[r.Name]), StringComparer.Ordinal);
        if (storage is not null)
        {
            foreach (var (name, figure) in await new EmulatorProbe(storage, repeats).MeasureAsync())
            {
                medians[name] = figure;
            }
        }

        return medians;
    }

    private async Task<double> GetAsync(string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (!response.IsSuccessStatusCode)
        {
            Console.Error.WriteLine($"GET {path} answered {(int)response.StatusCode}");
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> samples)
    {
        samples.Sort();
        return samples[samples.Count / 2];
    }
}
