namespace Cascade.Domain.Spend;

/// <summary>
/// One group's (or the total's) spend and results, with the costs and ROI derived from them by
/// <see cref="ReturnOnInvestment"/>.
/// </summary>
public sealed record RoiFigures(decimal Spend, int Leads, int Mqls, double Opportunities, decimal Amount)
{
    public decimal? CostPerLead => ReturnOnInvestment.CostPer(Spend, Leads);

    public decimal? CostPerMql => ReturnOnInvestment.CostPer(Spend, Mqls);

    public decimal? CostPerOpportunity => ReturnOnInvestment.CostPer(Spend, ReturnOnInvestment.Credit(Opportunities));

    public decimal? Roi => ReturnOnInvestment.Roi(Amount, Spend);
}
