using Azure.Data.Tables;
using Cascade.LocalRuntime.Tests.Infrastructure;

namespace Cascade.LocalRuntime.Tests.Timers;

[Collection(RuntimeCollection.Name)]
public sealed class TimerTriggerTests(RuntimeFixture runtime)
{
    [Fact]
    public async Task EverySecondSchedule_RunsEachOccurrenceOnceAcrossTwoRuntimes()
    {
        var rows = await Eventually.GetAsync(
            async () =>
            {
                var list = new List<TableEntity>();
                await foreach (var row in runtime.Records.QueryAsync<TableEntity>(
                    TableClient.CreateQueryFilter($"PartitionKey eq {"timer"}")))
                    list.Add(row);
                return list;
            },
            list => list.Select(r => r.GetString("Occurrence")).Distinct().Count() >= 3,
            "three timer occurrences");

        var twice = rows.GroupBy(r => r.GetString("Occurrence")).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);
    }
}
