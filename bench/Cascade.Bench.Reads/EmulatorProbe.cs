using System.Diagnostics;
using Azure.Data.Tables;

namespace Cascade.Bench.Reads;

/// <summary>
/// The emulator's own cost at the store's current size, beside the reads: a point read of a missing row and a
/// one-partition query that matches nothing, both on the largest table the person read uses (<c>Touchpoints</c>).
/// Neither depends on Cascade's design, so their growth between the two sizes is what the emulator adds to any read.
/// </summary>
/// <remarks>
/// Azurite keeps each table in one in-memory collection indexed by PartitionKey and RowKey: a point read is an index
/// lookup, but a query is a filter function run over every entity of the table, however narrow its keys. Azure Table
/// Storage serves both by key.
/// </remarks>
public sealed class EmulatorProbe(string connection, int repeats)
{
    private const string Table = "Touchpoints";

    public async Task<Dictionary<string, (double Median, double? Requests)>> MeasureAsync()
    {
        var table = new TableServiceClient(connection).GetTableClient(Table);
        var missing = $"probe-{Guid.NewGuid():N}";
        return new Dictionary<string, (double, double?)>(StringComparer.Ordinal)
        {
            ["emulator: point read of a missing row (Touchpoints)"] = (await MedianAsync(() => table.GetEntityIfExistsAsync<TableEntity>(missing, missing)), 1),
            ["emulator: one-partition query matching nothing (Touchpoints)"] = (await MedianAsync(async () =>
            {
                await foreach (var _ in table.QueryAsync<TableEntity>(e => e.PartitionKey == missing))
                {
                }
            }), 1),
        };
    }

    private async Task<double> MedianAsync(Func<Task> request)
    {
        var times = new List<double>();
        for (var i = 0; i <= repeats; i++)
        {
            var watch = Stopwatch.StartNew();
            await request();
            if (i > 0)
            {
                times.Add(watch.Elapsed.TotalMilliseconds); // the first request warms up
            }
        }

        times.Sort();
        return times[times.Count / 2];
    }
}
