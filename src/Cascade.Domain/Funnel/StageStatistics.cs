using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>The lifecycle half of <see cref="FunnelMetrics"/>: entries, conversions and time in stage (rules there).</summary>
internal sealed record StageStatistics(
    IReadOnlyDictionary<LifecycleStage, int> Entered,
    IReadOnlyList<StageConversion> Conversions,
    IReadOnlyList<StageDuration> Durations)
{
    private static readonly Dictionary<LifecycleStage, LifecycleStage> NextOnMainPath =
        FunnelMetrics.MainPath.Zip(FunnelMetrics.MainPath.Skip(1)).ToDictionary(p => p.First, p => p.Second);

    public static StageStatistics Compute(DateTimeOffset from, DateTimeOffset to, IEnumerable<FunnelStageEntry> entries)
    {
        var stages = Enum.GetValues<LifecycleStage>();
        var entered = stages.ToDictionary(s => s, _ => 0);
        var cohort = FunnelMetrics.MainPath.SkipLast(1).ToDictionary(s => s, _ => (Entered: 0, Converted: 0));
        var durations = stages.ToDictionary(s => s, _ => new List<long>());

        foreach (var person in entries.GroupBy(e => e.PersonKey, StringComparer.Ordinal))
        {
            var journey = person.OrderBy(e => e.EnteredAt).ThenBy(e => e.Stage).ToList();
            var firstInPeriod = new Dictionary<LifecycleStage, int>();
            for (var i = 0; i < journey.Count; i++)
            {
                var entry = journey[i];
                if (entry.EnteredAt < from || entry.EnteredAt >= to)
                {
                    continue;
                }

                firstInPeriod.TryAdd(entry.Stage, i);
                if (i + 1 < journey.Count)
                {
                    durations[entry.Stage].Add((journey[i + 1].EnteredAt - entry.EnteredAt).Ticks);
                }
            }

            foreach (var (stage, index) in firstInPeriod)
            {
                entered[stage]++;
                if (cohort.TryGetValue(stage, out var c))
                {
                    var next = NextOnMainPath[stage];
                    var converted = journey.Skip(index + 1).Any(e => e.Stage == next);
                    cohort[stage] = (c.Entered + 1, c.Converted + (converted ? 1 : 0));
                }
            }
        }

        return new StageStatistics(
            entered,
            cohort.Select(c => new StageConversion(c.Key, NextOnMainPath[c.Key], c.Value.Entered, c.Value.Converted)).ToList(),
            stages.Select(s => new StageDuration(s, durations[s].Count, Median(durations[s]))).ToList());
    }

    private static TimeSpan? Median(List<long> ticks)
    {
        if (ticks.Count == 0)
        {
            return null;
        }

        ticks.Sort();
        var mid = ticks.Count / 2;
        return TimeSpan.FromTicks(ticks.Count % 2 == 1 ? ticks[mid] : ticks[mid - 1] + ((ticks[mid] - ticks[mid - 1]) / 2));
    }
}
