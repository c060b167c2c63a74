namespace Cascade.Domain.Pipeline;

/// <summary>What a CRM version left out of the fields an opportunity needs to count as pipeline (domain §6).</summary>
[Flags]
public enum OpportunityMissingFields
{
    None = 0,
    Amount = 1,
    CloseDate = 2,
}
