namespace Cascade.Bench.Load;

/// <summary>What one posting phase achieved: touchpoints accepted, requests refused, wall time and latencies.</summary>
public sealed record PostPhaseResult(string Name, int Requests, int Refused, long Accepted, TimeSpan Elapsed, LatencySummary Latency)
{
    public double AcceptedPerSecond => Accepted / Elapsed.TotalSeconds;
}
