using BenchmarkDotNet.Attributes;
using Cascade.Domain.Pipeline;

namespace Cascade.Bench.Domain;

/// <summary>One quarter's waterfall over 1,000,000 opportunity history events.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class WaterfallBenchmarks
{
    private IReadOnlyList<Opportunity> _updates = [];
    private IReadOnlyList<OpportunityHistory> _histories = [];

    [GlobalSetup]
    public void Setup()
    {
        _updates = SyntheticData.CrmUpdates(states: 1_015_000, updatesEach: 20, seed: 7);
        _histories = OpportunityHistory.FromArrivals(_updates);
        Console.WriteLine($"// history events: {_histories.Sum(h => h.Timeline.Count):N0} from {_updates.Count:N0} CRM states");
    }

    [Benchmark(Description = "waterfall of 2026-Q3 over the histories")]
    public decimal Waterfall() => PipelineWaterfall.Compute(Quarter.Parse("2026-Q3"), _histories).Ending;

    [Benchmark(Description = "build the histories from CRM states")]
    public int BuildHistories() => OpportunityHistory.FromArrivals(_updates).Count;
}
