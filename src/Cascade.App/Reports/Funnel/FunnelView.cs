namespace Cascade.App.Reports.Funnel;

/// <summary>
/// <c>GET /api/reports/funnel?from=&amp;to=</c>: domain §7 over [from, to). <see cref="Stages"/> lists every
/// lifecycle stage with how many people entered it and the median time they spent in it; the conversions
/// follow the main path (known → … → customer); a rate is null when nothing was there to measure.
/// <see cref="Groups"/> (with <c>groupBy=channel|campaign</c>) repeat the lead figures per lead-creation touch's key.
/// </summary>
public sealed record FunnelView(
    DateTimeOffset From,
    DateTimeOffset To,
    IReadOnlyList<FunnelStageView> Stages,
    IReadOnlyList<StageConversionView> Conversions,
    decimal? MqlToSalRate,
    decimal? SqlToOpportunityRate,
    decimal? WinRate,
    int Won,
    int Lost,
    PipelineVelocityView Velocity,
    decimal? MedianHoursMqlToFirstSalesTouch,
    decimal? AverageWonAmount,
    string? GroupBy,
    IReadOnlyList<FunnelGroupView> Groups);
