using System.Globalization;

namespace Cascade.Bench.Storage;

/// <summary>Prints the ceiling probe's results as a table.</summary>
public static class CeilingReport
{
    public static void Write(TextWriter output, IReadOnlyList<CeilingResult> results)
    {
        output.WriteLine($"Storage ceiling: {CeilingWorkload.Workers} parallel workers, {Environment.ProcessorCount} cores");
        output.WriteLine($"{"operation",-38} {"count",8} {"seconds",8} {"per second",12}");
        foreach (var r in results)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{r.Operation,-38} {r.Count,8:N0} {r.Elapsed.TotalSeconds,8:F2} {r.PerSecond,8:N0} {r.Unit}/s"));
        }

        var query = results[^1];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one {CeilingWorkload.QueryPartitionSize:N0}-entity partition query: {query.Elapsed.TotalMilliseconds / CeilingWorkload.QueryRepeats:F0} ms"));
    }
}
