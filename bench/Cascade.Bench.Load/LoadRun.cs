using System.Diagnostics;
using System.Globalization;
using Cascade.Bench.Storage;

namespace Cascade.Bench.Load;

/// <summary>
/// One run: single posts (latency while the pipeline works on them), drained; opportunities with history, drained;
/// then batches of 500, whose time until every queue drains gives the end-to-end rate; then a short burst of single
/// posts with the pipeline idle, timed only for their latency, and drained. The runtime's storage requests are read
/// between phases, so each phase's transactions per touchpoint are known. Last the storage ceiling, measured with
/// the same SDK, so the figures read as ratios.
/// </summary>
public static class LoadRun
{
    public static async Task<int> RunAsync(LoadSettings settings, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = settings.Concurrency, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
        using var client = new HttpClient(handler) { BaseAddress = settings.Url, Timeout = TimeSpan.FromSeconds(60) };
        client.DefaultRequestHeaders.Add("x-functions-key", settings.Key);
        var driver = new LoadDriver(client, settings, new SyntheticWorkload(settings.People, settings.Spread));
        async Task<StorageOperationCounts> Counts() => await StorageOperationCounts.ReadAsync(client, cancellationToken) ?? StorageOperationCounts.None;
        async Task<StorageOperationCounts> Callers() => await StorageOperationCounts.ReadByCallerAsync(client, cancellationToken) ?? StorageOperationCounts.None;

        var beforeSingle = await Counts();
        var callersBeforeSingle = await Callers();
        var single = await driver.PostTouchpointsAsync("batches of 1", 1, long.MaxValue, cancellationToken);
        var singleDrained = await driver.DrainAsync(settings.DrainTimeout / 2, cancellationToken);
        var singleCost = (await Counts()).Minus(beforeSingle);
        var singleCallers = (await Callers()).Minus(callersBeforeSingle);

        await driver.PostOpportunitiesAsync(cancellationToken);
        await driver.DrainAsync(settings.DrainTimeout / 2, cancellationToken);

        var beforeBulk = await Counts();
        var callersBeforeBulk = await Callers();
        var pipeline = Stopwatch.StartNew();
        var bulk = await driver.PostTouchpointsAsync("batches of 500", 500, settings.MaxBulkTouchpoints, cancellationToken);
        var busyUntil = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        var drained = await driver.DrainAsync(settings.DrainTimeout, cancellationToken, pipeline, busyUntil);
        pipeline.Stop();
        var bulkCost = (await Counts()).Minus(beforeBulk);
        var bulkCallers = (await Callers()).Minus(callersBeforeBulk);

        // Idle: every queue is empty and the listeners have backed off, so a burst short enough to end before they
        // poll again measures the edge alone. Its work is drained before the ceiling probe shares the emulator.
        var idle = await driver.PostTouchpointsAsync("single, idle", 1, IdleSinglePostsPerClient * settings.Concurrency, IdleBurstLimit, cancellationToken);
        await driver.DrainAsync(settings.DrainTimeout / 2, cancellationToken);

        var output = Console.Out;
        output.WriteLine(F($"Load ({(settings.Spread ? "spread" : "dense")}): {settings.Concurrency} clients, {settings.People:N0} people, {Environment.ProcessorCount} cores{(settings.Quick ? ", quick" : "")}{(settings.Baseline ? ", BASELINE: one item per queue message" : "")}"));
        output.WriteLine(F($"{"phase",-16} {"requests",9} {"refused",8} {"accepted",9} {"accepted/s",11} {"p50 ms",8} {"p95 ms",8} {"p99 ms",8}"));
        foreach (var phase in new[] { single, bulk, idle })
        {
            output.WriteLine(F($"{phase.Name,-16} {phase.Requests,9:N0} {phase.Refused,8:N0} {phase.Accepted,9:N0} {phase.AcceptedPerSecond,11:N0} {phase.Latency.P50,8:F1} {phase.Latency.P95,8:F1} {phase.Latency.P99,8:F1}"));
        }

        var endToEnd = bulk.Accepted / pipeline.Elapsed.TotalSeconds;
        output.WriteLine(drained
            ? F($"end to end (batches of 500): {bulk.Accepted:N0} touchpoints accepted and processed in {pipeline.Elapsed.TotalSeconds:F1} s: {endToEnd:N0} touchpoints/s")
            : F($"end to end (batches of 500): queues not drained within {settings.DrainTimeout.TotalSeconds:F0} s of the last post ({bulk.Accepted:N0} touchpoints accepted); below {endToEnd:N0} touchpoints/s"));
        output.WriteLine("  each queue last held messages (in flight included) at, s after the first batch: "
            + string.Join(", ", busyUntil.OrderBy(q => q.Value).Select(q => F($"{q.Key} {q.Value.TotalSeconds:F1}"))));
        if (!singleDrained)
            output.WriteLine("  (the single posts' work had not drained either when the opportunities were posted)");
        output.WriteLine(F($"single POST latency, {settings.Concurrency} clients: pipeline idle p50 / p95 / p99 {idle.Latency.P50:F1} / {idle.Latency.P95:F1} / {idle.Latency.P99:F1} ms ({idle.Requests:N0} posts after the queues drained); while it drains a backlog {single.Latency.P50:F1} / {single.Latency.P95:F1} / {single.Latency.P99:F1} ms"));

        WriteCost(output, "single posts, edge and pipeline", singleCost, single.Accepted);
        WriteCallers(output, singleCallers, single.Accepted);
        WriteCost(output, "batches of 500, edge and pipeline", bulkCost, bulk.Accepted);
        WriteCallers(output, bulkCallers, bulk.Accepted);

        if (string.IsNullOrWhiteSpace(settings.Storage))
        {
            output.WriteLine("storage ceiling: skipped (no --storage and no CASCADE_AZURITE_CONNECTION)");
            return drained ? 0 : 1;
        }

        var ceiling = await StorageCeilingProbe.RunAsync(settings.Storage, settings.Quick ? CeilingWorkload.Quick : CeilingWorkload.Full);
        CeilingReport.Write(output, ceiling);
        var queuePut = ceiling[0].PerSecond;
        var receiveDelete = ceiling[1].PerSecond;
        var singleInsert = ceiling[2].PerSecond;
        var tableBatch = ceiling[3].PerSecond;
        var pipelineSeconds = pipeline.Elapsed.TotalSeconds;
        output.WriteLine("ratios to the ceiling (same machine, same SDK):");
        output.WriteLine(F($"  single posts/s ÷ queue puts/s                                     {single.AcceptedPerSecond / queuePut,6:P1}"));
        output.WriteLine(F($"  accepted/s in batches of 500 ÷ entities/s in 100-entity transactions {bulk.AcceptedPerSecond / tableBatch,6:P1}"));
        output.WriteLine(F($"  end-to-end touchpoints/s ÷ entities/s in 100-entity transactions     {endToEnd / tableBatch,6:P1}"));
        output.WriteLine(F($"  table operations/s during end to end ÷ single inserts/s               {bulkCost.Total("table") / pipelineSeconds / singleInsert,6:P1}"));
        output.WriteLine(F($"  queue operations/s during end to end ÷ receive+delete msg/s          {bulkCost.Total("queue") / pipelineSeconds / receiveDelete,6:P1}"));

        var floor = await EdgeFloorProbe.RunAsync(settings.Storage, settings.Concurrency, IdleSinglePostsPerClient);
        output.WriteLine(F($"edge floor: a queue put then a one-entity transaction straight from the SDK, {settings.Concurrency} clients x {IdleSinglePostsPerClient}: p50 / p95 / p99 {floor.P50:F1} / {floor.P95:F1} / {floor.P99:F1} ms"));
        output.WriteLine(F($"  single POST p99 with the pipeline idle ÷ the floor's p99                {idle.Latency.P99 / floor.P99,6:P1}"));
        return drained ? 0 : 1;
    }

    private static void WriteCost(TextWriter output, string phase, StorageOperationCounts cost, long touchpoints)
    {
        if (cost.ByService.Count == 0)
        {
            output.WriteLine(F($"storage operations, {phase}: not reported by the runtime"));
            return;
        }

        var perTouch = Math.Max(touchpoints, 1);
        output.WriteLine(F($"storage operations, {phase} ({touchpoints:N0} touchpoints): {(double)cost.Total("table") / perTouch:F2} table and {(double)cost.Total("queue") / perTouch:F3} queue per touchpoint"));
        foreach (var (service, operations) in cost.ByService.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var parts = operations.Where(o => o.Value > 0).OrderByDescending(o => o.Value)
                .Select(o => F($"{o.Key} {o.Value:N0} ({(double)o.Value / perTouch:F3})"));
            output.WriteLine(F($"  {service,-6} {string.Join(", ", parts)}"));
        }

        output.WriteLine("  (idle queue polls included; queue properties are this tool's own drain checks, not counted above)");
    }

    /// <summary>Each caller's table operations per touchpoint, by table and kind: where the operations go.</summary>
    private static void WriteCallers(TextWriter output, StorageOperationCounts callers, long touchpoints)
    {
        if (callers.ByService.Count == 0)
            return;
        var perTouch = (double)Math.Max(touchpoints, 1);
        output.WriteLine("  table operations per touchpoint by caller (function; host = the queue listeners) and table ($batch: an entity-group transaction):");
        foreach (var (caller, operations) in callers.ByService.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var table = operations.Where(o => o.Value > 0 && o.Key.StartsWith("table ", StringComparison.Ordinal)).ToList();
            var queue = operations.Where(o => o.Value > 0 && o.Key.StartsWith("queue ", StringComparison.Ordinal) && !o.Key.EndsWith(" " + DrainChecksKey, StringComparison.Ordinal)).Sum(o => o.Value);
            if (table.Count == 0 && queue == 0)
                continue;
            var parts = table.OrderByDescending(o => o.Value).Select(o => F($"{o.Key["table ".Length..]} {o.Value / perTouch:F3}"));
            output.WriteLine(F($"    {caller,-22} {table.Sum(o => o.Value) / perTouch,6:F3} table, {queue / perTouch,6:F3} queue: {string.Join(", ", parts)}"));
        }
    }

    /// <summary>The idle burst: a few posts per client, over well before the backed-off listeners' 2 s poll.</summary>
    private const int IdleSinglePostsPerClient = 10;

    private static readonly TimeSpan IdleBurstLimit = TimeSpan.FromSeconds(2);

    private const string DrainChecksKey = StorageOperationCounts.DrainChecks;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
