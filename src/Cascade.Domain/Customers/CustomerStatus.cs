namespace Cascade.Domain.Customers;

/// <summary>
/// Where a customer account (or a person of one) stands after the first purchase: the loyalty lifecycle of the
/// funnel article, as api.md ("Customers after the first purchase") defines it.
/// </summary>
public enum CustomerStatus
{
    /// <summary>Not a customer yet: no deal of the account was won.</summary>
    None,

    /// <summary>A won deal or any activity in the last <see cref="CustomerSettings.AtRiskAfterDays"/>.</summary>
    Active,

    /// <summary>No activity for <see cref="CustomerSettings.AtRiskAfterDays"/>.</summary>
    AtRisk,

    /// <summary>No activity for <see cref="CustomerSettings.InactiveAfterDays"/>.</summary>
    Inactive,

    /// <summary>A renewal lost or an explicit churn; left only by reactivation or a new won deal.</summary>
    Churned,
}
