using Cascade.App.Reads;
using Cascade.App.Validation;
using Cascade.Domain.Spend;

namespace Cascade.App.Spend;

/// <summary>
/// The months of a spend read or ROI report: <c>from</c> and <c>to</c> must fall on month boundaries (UTC),
/// since spend is known per month only, and cover at most <see cref="SpendLimits.MaxMonths"/> months.
/// </summary>
internal static class SpendPeriod
{
    public static IReadOnlyList<SpendMonth> Months(ReportPeriod period, ValidationErrors errors)
    {
        if (!SpendMonth.IsBoundary(period.From))
        {
            errors.Add(ReportParameters.FromName, "must be the first day of a month, e.g. 2026-03-01.");
        }

        if (!SpendMonth.IsBoundary(period.To))
        {
            errors.Add(ReportParameters.ToName, "must be the first day of a month, e.g. 2026-04-01.");
        }

        if (!errors.IsEmpty)
        {
            return [];
        }

        var months = SpendMonth.Between(period.From, period.To);
        if (months.Count > SpendLimits.MaxMonths)
        {
            errors.Add(ReportParameters.ToName, $"must be at most {SpendLimits.MaxMonths} months after from.");
            return [];
        }

        return months;
    }
}
