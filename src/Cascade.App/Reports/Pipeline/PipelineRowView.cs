using Cascade.Domain.Pipeline;

namespace Cascade.App.Reports.Pipeline;

/// <summary>One group of the open pipeline (or the total); <see cref="WeightedAmount"/> is null when a deal's stage has no probability.</summary>
public sealed record PipelineRowView(string Key, int Count, decimal Amount, decimal? WeightedAmount, decimal AverageAgeDays, decimal AverageDaysInStage)
{
    public static PipelineRowView Of(PipelineRow row) =>
        new(row.Key, row.Count, row.Amount, row.WeightedAmount, row.AverageAgeDays, row.AverageDaysInStage);
}
