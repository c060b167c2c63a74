namespace Cascade.Domain.Pipeline;

/// <summary>What a deal sells (api.md, "Customers after the first purchase"): a first purchase, more to a customer, or its renewal.</summary>
public enum OpportunityType
{
    NewBusiness,
    Expansion,
    Renewal,
}
