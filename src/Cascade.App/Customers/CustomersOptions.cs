using Cascade.Domain.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// <c>Cascade:Customers</c>: how long a customer may stay silent before it is at risk (<c>AtRiskAfterDays</c>,
/// default 90) and inactive (<c>InactiveAfterDays</c>, default 180).
/// </summary>
public sealed class CustomersOptions
{
    public const string Section = "Cascade:Customers";

    public int AtRiskAfterDays { get; set; } = CustomerSettings.Default.AtRiskAfterDays;

    public int InactiveAfterDays { get; set; } = CustomerSettings.Default.InactiveAfterDays;

    public CustomerSettings ToSettings() => new() { AtRiskAfterDays = AtRiskAfterDays, InactiveAfterDays = InactiveAfterDays };
}
