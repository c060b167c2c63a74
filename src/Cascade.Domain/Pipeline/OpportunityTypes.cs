namespace Cascade.Domain.Pipeline;

/// <summary>The wire names of <see cref="OpportunityType"/> and the type of a deal the CRM sent none for.</summary>
public static class OpportunityTypes
{
    public static string ToName(this OpportunityType type) => type switch
    {
        OpportunityType.NewBusiness => "new_business",
        OpportunityType.Expansion => "expansion",
        _ => "renewal",
    };

    /// <summary>Parses a wire name (case-insensitive, trimmed); false for anything else.</summary>
    public static bool TryParse(string? name, out OpportunityType type)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "new_business": type = OpportunityType.NewBusiness; return true;
            case "expansion": type = OpportunityType.Expansion; return true;
            case "renewal": type = OpportunityType.Renewal; return true;
            default: type = default; return false;
        }
    }

    /// <summary>
    /// The type the CRM sent, else <c>expansion</c> when another deal of the account was won at or before this one's
    /// creation, else <c>new_business</c>: an upsell never counts as new business.
    /// </summary>
    public static OpportunityType Derive(OpportunityType? sent, DateTimeOffset createdAt, IEnumerable<DateTimeOffset> accountWonAt)
    {
        ArgumentNullException.ThrowIfNull(accountWonAt);
        return sent ?? (accountWonAt.Any(won => won <= createdAt) ? OpportunityType.Expansion : OpportunityType.NewBusiness);
    }
}
