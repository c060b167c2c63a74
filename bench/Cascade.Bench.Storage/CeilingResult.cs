namespace Cascade.Bench.Storage;

/// <summary>One measured operation of the ceiling probe: how many were done, of what, in how long.</summary>
public sealed record CeilingResult(string Operation, int Count, string Unit, TimeSpan Elapsed)
{
    public double PerSecond => Count / Elapsed.TotalSeconds;
}
