using System.Diagnostics;
using System.Globalization;
using Cascade.Bench.Storage;

namespace Cascade.Bench.Load;

/// <summary>
/// One run: single posts, then batches of 500, then opportunities with history; the time until every queue drains
/// gives the end-to-end rate; last the storage ceiling, measured with the same SDK, so the figures read as ratios.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", settings.Key);
        var driver = new LoadDriver(client, settings, new SyntheticWorkload(settings.People));

        var pipeline = Stopwatch.StartNew();
        var single = await driver.PostTouchpointsAsync("batches of 1", 1, long.MaxValue, cancellationToken);
        var bulk = await driver.PostTouchpointsAsync("batches of 500", 500, settings.MaxBulkTouchpoints, cancellationToken);
        await driver.PostOpportunitiesAsync(cancellationToken);
        var drained = await driver.DrainAsync(cancellationToken);
        pipeline.Stop();
        var accepted = single.Accepted + bulk.Accepted;

        var output = Console.Out;
        output.WriteLine(F($"Load: {settings.Concurrency} clients, {settings.People:N0} people, {Environment.ProcessorCount} cores{(settings.Quick ? ", quick" : "")}"));
        output.WriteLine(F($"{"phase",-16} {"requests",9} {"refused",8} {"accepted",9} {"accepted/s",11} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}"));
        foreach (var phase in new[] { single, bulk })
        {
            output.WriteLine(F($"{phase.Name,-16} {phase.Requests,9:N0} {phase.Refused,8:N0} {phase.Accepted,9:N0} {phase.AcceptedPerSecond,11:N0} {phase.Latency.P50,8:F1} {phase.Latency.P95,8:F1} {phase.Latency.P99,8:F1}"));
        }

        var endToEnd = accepted / pipeline.Elapsed.TotalSeconds;
        output.WriteLine(drained
            ? F($"end to end: {accepted:N0} touchpoints accepted and processed in {pipeline.Elapsed.TotalSeconds:F1} s: {endToEnd:N0} touchpoints/s")
            : F($"end to end: queues not drained within {settings.DrainTimeout.TotalSeconds:F0} s of the last post ({accepted:N0} touchpoints accepted); below {endToEnd:N0} touchpoints/s"));

        if (string.IsNullOrWhiteSpace(settings.Storage))
        {
            output.WriteLine("storage ceiling: skipped (no --storage and no CASCADE_AZURITE_CONNECTION)");
            return drained ? 0 : 1;
        }

        var ceiling = await StorageCeilingProbe.RunAsync(settings.Storage, settings.Quick ? CeilingWorkload.Quick : CeilingWorkload.Full);
        CeilingReport.Write(output, ceiling);
        var queuePut = ceiling[0].PerSecond;
        var tableBatch = ceiling[3].PerSecond;
        output.WriteLine("ratios to the ceiling (same machine, same SDK):");
        output.WriteLine(F($"  single posts/s / queue puts/s                        {single.AcceptedPerSecond / queuePut:P0}"));
        output.WriteLine(F($"  accepted/s in batches of 500 / table inserts/s (100 per transaction) {bulk.AcceptedPerSecond / tableBatch:P0}"));
        output.WriteLine(F($"  end-to-end touchpoints/s / table inserts/s (100 per transaction)     {endToEnd / tableBatch:P0}"));
        return drained ? 0 : 1;
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
