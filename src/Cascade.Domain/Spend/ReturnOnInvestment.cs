namespace Cascade.Domain.Spend;

/// <summary>
/// The money arithmetic of the ROI report, decimal throughout: a cost per result is spend divided by the
/// results, rounded half to even to cents; ROI is credited amount divided by spend, rounded half to even to
/// four decimals. Either is null when there is nothing to divide by (no results, no spend).
/// </summary>
public static class ReturnOnInvestment
{
    public const int CostDecimals = 2;

    public const int RoiDecimals = 4;

    /// <summary>Spend per result; null when there are no results or no spend (a free result has no cost to report).</summary>
    public static decimal? CostPer(decimal spend, decimal results) =>
        results <= 0 || spend <= 0 ? null : decimal.Round(spend / results, CostDecimals, MidpointRounding.ToEven);

    /// <summary>Credited amount per unit of spend; null without spend.</summary>
    public static decimal? Roi(decimal amount, decimal spend) =>
        spend <= 0 ? null : decimal.Round(amount / spend, RoiDecimals, MidpointRounding.ToEven);

    /// <summary>
    /// A summed credit (how many opportunities a group is worth) as a decimal divisor, to 12 decimals: credits
    /// are shares that sum to whole opportunities, and this drops the binary noise of their sum.
    /// </summary>
    public static decimal Credit(double opportunities) =>
        double.IsFinite(opportunities) ? decimal.Round((decimal)opportunities, 12, MidpointRounding.ToEven) : 0m;
}
