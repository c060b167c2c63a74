using Cascade.Domain.Customers;

namespace Cascade.App.Customers;

/// <summary>What one account's customer status is computed from: its deals (typed) and the lifecycle's facts.</summary>
public sealed record AccountFacts(string Domain, IReadOnlyList<CustomerDeal> Deals, IReadOnlyList<CustomerFact> Facts)
{
    /// <summary>True when nothing at all is stored of the account: no deal and no activity.</summary>
    public bool IsUnknown => Deals.Count == 0 && Facts.Count == 0;
}
