namespace Cascade.Domain.Customers;

/// <summary>
/// The retention figures of api.md ("Customers after the first purchase"). Rules where the contract is silent:
/// a customer account "at <c>from</c>" is one whose status then is active, at risk or inactive (a churned account
/// is no longer counted as a customer); a rate over no account is null; money is rounded half to even to cents.
/// </summary>
public static class CustomerMetrics
{
    /// <summary>Customer accounts at the start not churned at the end ÷ customer accounts at the start.</summary>
    public static decimal? RetentionRate(IEnumerable<CustomerAccount> accounts)
    {
        var atStart = accounts.Where(a => IsRetainable(a.AtStart)).ToList();
        return Ratio(atStart.Count(a => a.AtEnd != CustomerStatus.Churned), atStart.Count);
    }

    /// <summary>Customer accounts with two or more won deals ÷ customer accounts (one or more).</summary>
    public static decimal? RepeatPurchaseRate(IEnumerable<CustomerAccount> accounts)
    {
        var customers = accounts.Where(a => a.WonAmounts.Count > 0).ToList();
        return Ratio(customers.Count(a => a.WonAmounts.Count >= 2), customers.Count);
    }

    /// <summary>The mean over customer accounts of the sum of their won amounts.</summary>
    public static decimal? AverageLifetimeValue(IEnumerable<CustomerAccount> accounts)
    {
        var values = accounts.Where(a => a.WonAmounts.Count > 0).Select(LifetimeValue).ToList();
        return values.Count == 0 ? null : Math.Round(values.Sum() / values.Count, 2, MidpointRounding.ToEven);
    }

    /// <summary>A customer's lifetime value: the sum of its won deals.</summary>
    public static decimal LifetimeValue(CustomerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        return account.WonAmounts.Sum();
    }

    private static bool IsRetainable(CustomerStatus status) =>
        status is CustomerStatus.Active or CustomerStatus.AtRisk or CustomerStatus.Inactive;

    private static decimal? Ratio(int part, int whole) => whole == 0 ? null : (decimal)part / whole;
}
