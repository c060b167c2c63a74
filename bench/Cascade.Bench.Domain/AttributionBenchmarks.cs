using BenchmarkDotNet.Attributes;
using Cascade.Domain.Attribution;

namespace Cascade.Bench.Domain;

/// <summary>Attributing 10,000 opportunities with 50-touch journeys under all ten models.</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 8)]
public class AttributionBenchmarks
{
    private IReadOnlyList<Journey> _journeys = [];
    private MarkovShares _shares = MarkovShares.Empty;

    [Params(10_000)]
    public int Opportunities { get; set; }

    [Params(50)]
    public int TouchesPerJourney { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _journeys = SyntheticData.Journeys(Opportunities, TouchesPerJourney, seed: 42);
        _shares = SyntheticData.Shares(_journeys);
    }

    [Benchmark(Description = "all ten models, every opportunity")]
    public decimal AttributeAll()
    {
        var total = 0m;
        foreach (var journey in _journeys)
        {
            total += OpportunityAttribution.Compute(journey, 100_000m, _shares).For(AttributionModel.Markov).Amounts[0];
        }

        return total;
    }
}
