namespace Cascade.Domain.Pipeline;

/// <summary>
/// The open pipeline in scope at an instant, grouped (api.md <c>GET /api/reports/pipeline</c>): rows in stage order for
/// stages, in quarter order for close quarters, else by key; the total is the rows' sum, which is the waterfall's
/// in-scope pipeline at that instant (<see cref="OpenPipeline"/>).
/// </summary>
public sealed record PipelineReport(DateTimeOffset AsOf, PipelineGrouping GroupBy, IReadOnlyList<PipelineRow> Rows, PipelineRow Total)
{
    public const string TotalKey = "total";

    /// <summary>Groups <paramref name="deals"/> by <paramref name="keyOf"/>: its stage, close quarter, or what the caller knows of it (channel, sourced).</summary>
    public static PipelineReport Build(
        DateTimeOffset asOf, PipelineGrouping groupBy, IReadOnlyList<OpenDeal> deals, Func<OpenDeal, string> keyOf, PipelineSettings settings)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(keyOf);
        ArgumentNullException.ThrowIfNull(settings);
        var groups = deals.GroupBy(keyOf, StringComparer.Ordinal);
        var ordered = groupBy == PipelineGrouping.Stage
            ? groups.OrderBy(g => g.Key, Comparer<string>.Create(settings.Compare))
            : groups.OrderBy(g => g.Key, StringComparer.Ordinal);
        return new PipelineReport(
            asOf,
            groupBy,
            ordered.Select(g => PipelineRow.Of(g.Key, g.ToList(), settings, asOf)).ToList(),
            PipelineRow.Of(TotalKey, deals, settings, asOf));
    }

    /// <summary>The key of a deal's stage (<see cref="PipelineSettings.NoStage"/> without one) and of its close quarter.</summary>
    public static string StageKey(OpenDeal deal) => deal.State.Stage ?? PipelineSettings.NoStage;

    public static string CloseQuarterKey(OpenDeal deal, FiscalCalendar calendar) => Quarter.Of(deal.State.CloseDate, calendar).ToString();
}
