namespace Cascade.Domain.Customers;

/// <summary>The snake_case names of the customer statuses, as api.md writes them (<c>none</c> is never shown).</summary>
public static class CustomerStatusNames
{
    public static string ToName(this CustomerStatus status) => status switch
    {
        CustomerStatus.AtRisk => "at_risk",
        _ => status.ToString().ToLowerInvariant(),
    };
}
