using BenchmarkDotNet.Attributes;
using Cascade.Domain.Attribution;

namespace Cascade.Bench.Domain;

/// <summary>
/// One opportunity whose journey holds 500 touches, under all ten models: the cost the attribution queue pays for
/// a long enterprise deal (target ≤ 5 ms).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LongJourneyBenchmarks
{
    private Journey _journey = null!;
    private MarkovShares _shares = MarkovShares.Empty;

    [Params(500)]
    public int TouchesPerJourney { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var journeys = SyntheticData.Journeys(200, TouchesPerJourney, seed: 7);
        _journey = journeys[0];
        _shares = SyntheticData.Shares(journeys);
    }

    [Benchmark(Description = "all ten models, one opportunity")]
    public OpportunityAttribution AttributeOne() => OpportunityAttribution.Compute(_journey, 100_000m, _shares);
}
