using Cascade.Domain.Lifecycle;

namespace Cascade.Domain.Funnel;

/// <summary>The lead half of the funnel for the people of one lead-creation channel or campaign (rules on <see cref="FunnelMetrics"/>).</summary>
public sealed record FunnelGroup(
    string Key,
    IReadOnlyDictionary<LifecycleStage, int> Entered,
    IReadOnlyList<StageConversion> Conversions,
    IReadOnlyList<StageDuration> TimeInStage,
    decimal? MedianHoursMqlToFirstSalesTouch)
{
    internal static FunnelGroup Of(string key, StageStatistics stages, decimal? speedToLead) =>
        new(key, stages.Entered, stages.Conversions, stages.Durations, speedToLead);
}
