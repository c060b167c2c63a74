namespace Cascade.Bench.Load;

/// <summary>Nearest-rank percentiles of request latencies, in milliseconds.</summary>
public sealed record LatencySummary(double P50, double P95, double P99)
{
    public static LatencySummary Of(IReadOnlyList<double> milliseconds)
    {
        if (milliseconds.Count == 0)
            return new LatencySummary(double.NaN, double.NaN, double.NaN);
        var sorted = milliseconds.Order().ToArray();
        double At(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
        return new LatencySummary(At(0.50), At(0.95), At(0.99));
    }
}
