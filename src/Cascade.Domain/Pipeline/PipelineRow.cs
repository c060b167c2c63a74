namespace Cascade.Domain.Pipeline;

/// <summary>
/// One group of the open pipeline: how many deals, their amount, their amount weighted by stage probability (null when
/// a deal of the group is at a stage without one), and their average age and days in their current stage (1 decimal).
/// </summary>
public sealed record PipelineRow(string Key, int Count, decimal Amount, decimal? WeightedAmount, decimal AverageAgeDays, decimal AverageDaysInStage)
{
    /// <summary>The row of <paramref name="deals"/> at <paramref name="asOf"/>; each deal's weighted amount is rounded to cents, so rows add up.</summary>
    public static PipelineRow Of(string key, IReadOnlyCollection<OpenDeal> deals, PipelineSettings settings, DateTimeOffset asOf)
    {
        ArgumentNullException.ThrowIfNull(deals);
        ArgumentNullException.ThrowIfNull(settings);
        var weights = deals.Select(d => settings.ProbabilityOf(d.State.Stage) is { } p ? Math.Round(d.State.Amount * p, 2, MidpointRounding.ToEven) : (decimal?)null).ToList();
        return new PipelineRow(
            key,
            deals.Count,
            deals.Sum(d => d.State.Amount),
            weights.All(w => w is not null) ? weights.Sum() : null,
            Average(deals.Select(d => OpenDeal.Days(d.CreatedAt, asOf))),
            Average(deals.Select(d => OpenDeal.Days(d.StageSince, asOf))));
    }

    private static decimal Average(IEnumerable<decimal> days)
    {
        var list = days.ToList();
        return list.Count == 0 ? 0 : Math.Round(list.Sum() / list.Count, 1, MidpointRounding.ToEven);
    }
}
