namespace Cascade.App.Reports.Funnel;

/// <summary>The lead figures of the people whose lead-creation touch is on <see cref="Key"/>.</summary>
public sealed record FunnelGroupView(
    string Key,
    IReadOnlyList<FunnelStageView> Stages,
    IReadOnlyList<StageConversionView> Conversions,
    decimal? MqlToSalRate,
    decimal? SqlToOpportunityRate,
    decimal? MedianHoursMqlToFirstSalesTouch);
