namespace Cascade.App.Spend;

/// <summary>
/// One channel or campaign of the ROI report: spend, leads and MQLs it made, the model's credited opportunities
/// and amount, costs per result (cents) and ROI (four decimals); costs and ROI are null with nothing to divide by.
/// </summary>
public sealed record RoiRowView(
    string Key,
    decimal Spend,
    int Leads,
    int Mqls,
    double Opportunities,
    decimal Amount,
    decimal? CostPerLead,
    decimal? CostPerMql,
    decimal? CostPerOpportunity,
    decimal? Roi);
