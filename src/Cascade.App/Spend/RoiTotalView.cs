namespace Cascade.App.Spend;

/// <summary>The ROI report's total: the rows' sums, and costs and ROI computed on those sums.</summary>
public sealed record RoiTotalView(
    decimal Spend,
    int Leads,
    int Mqls,
    double Opportunities,
    decimal Amount,
    decimal? CostPerLead,
    decimal? CostPerMql,
    decimal? CostPerOpportunity,
    decimal? Roi);
