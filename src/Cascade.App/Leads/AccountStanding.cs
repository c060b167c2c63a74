namespace Cascade.App.Leads;

/// <summary>
/// Where a person's account stands with sales when a lead is accepted: an open opportunity or a won one
/// means the account is worked already, and the lead goes to its owner (domain §3).
/// </summary>
public sealed record AccountStanding(bool HasOpenOpportunity, bool IsCustomer, string? Owner)
{
    public static AccountStanding None { get; } = new(false, false, null);
}
