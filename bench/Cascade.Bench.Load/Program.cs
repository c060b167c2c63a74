// Drives a running Cascade (local runtime over Azurite) with a synthetic workload over HTTP and prints what it
// sustains next to the storage emulator's ceiling measured in the same run. bench/run-load.sh starts everything.

using System.CommandLine;
using Cascade.Bench.Load;

var url = new Option<string>("--url") { Description = "Cascade's base address", DefaultValueFactory = _ => "http://127.0.0.1:7071" };
var key = new Option<string>("--key") { Description = "function key", DefaultValueFactory = _ => "local-dev-key" };
var storage = new Option<string?>("--storage") { Description = "storage connection string for the ceiling probe (default: CASCADE_AZURITE_CONNECTION)" };
var concurrency = new Option<int>("--concurrency") { Description = "requests in flight", DefaultValueFactory = _ => 50 };
var duration = new Option<int>("--duration") { Description = "seconds of each posting phase", DefaultValueFactory = _ => 30 };
var people = new Option<int?>("--people") { Description = "people in the workload (default 2,000; 10,000 with --spread)" };
var touchpoints = new Option<int?>("--touchpoints") { Description = "most touchpoints of the batches-of-500 phase (default 200,000; 20,000 with --spread)" };
var spread = new Option<bool>("--spread") { Description = "the spread workload: 2,000 accounts of 5 people, about two touches each, 70 % identified, dated over 300 days" };
var quick = new Option<bool>("--quick") { Description = "a run under a minute: short phases, a small workload and a tenth of the ceiling probe" };
var baseline = new Option<bool>("--baseline") { Description = "label the run as the one-item-per-queue-message baseline (bench/run-load.sh --baseline configures the runtime so)" };

var root = new RootCommand("Load test of Cascade's touchpoint ingestion and pipeline") { url, key, storage, concurrency, duration, people, touchpoints, spread, quick, baseline };
root.SetAction(async (parse, cancellationToken) =>
{
    var isQuick = parse.GetValue(quick);
    var isSpread = parse.GetValue(spread);
    // Quick runs keep each shape's touches per person: about 25 dense, about 2 spread.
    var peopleCount = parse.GetValue(people) ?? (isSpread ? 10_000 : 2_000);
    var touchpointCount = parse.GetValue(touchpoints) ?? (isSpread ? 20_000 : 200_000);    var settings = new LoadSettings(
        new Uri(parse.GetValue(url)!),
        parse.GetValue(key)!,
        parse.GetValue(storage) ?? Environment.GetEnvironmentVariable("CASCADE_AZURITE_CONNECTION"),
        parse.GetValue(concurrency),
        TimeSpan.FromSeconds(isQuick ? Math.Min(parse.GetValue(duration), 6) : parse.GetValue(duration)),
        isQuick ? Math.Min(peopleCount, isSpread ? 2_500 : 200) : peopleCount,
        isQuick ? Math.Min(touchpointCount, 5_000) : touchpointCount,
        // A quick run's backlog must drain before end to end is counted: spread work takes minutes on a busy machine.
        TimeSpan.FromSeconds(isQuick ? 300 : 900),
        isQuick,
        parse.GetValue(baseline),
        isSpread);
    return await LoadRun.RunAsync(settings, cancellationToken);
});
return await root.Parse(args).InvokeAsync();
