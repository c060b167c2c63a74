using Cascade.Domain.Pipeline;

namespace Cascade.App.Reports.Pipeline;

/// <summary>One CRM stage: stays begun in the period, how they ended, and the median days of those that ended.</summary>
public sealed record StageFlowRowView(string Stage, int Entered, int MovedOn, int Won, int Lost, decimal? MedianDays)
{
    public static StageFlowRowView Of(StageFlowRow row) => new(row.Stage, row.Entered, row.MovedOn, row.Won, row.Lost, row.MedianDays);
}
