namespace Cascade.Domain.Lifecycle.Events;

/// <summary>
/// Sales accepts the MQL (mql → sal). The caller states the account's situation: when it already has an
/// open opportunity or is a customer the accept is refused and the lead goes to <see cref="AccountOwner"/>.
/// </summary>
public sealed record LeadAccepted(
    string User,
    bool AccountHasOpenOpportunity = false,
    bool AccountIsCustomer = false,
    string? AccountOwner = null) : LifecycleEvent
{
    public override string Action => "sales_accept";
}
