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

    /// <summary>
    /// The type of <paramref name="history"/>'s deal from the stored facts: the latest version that names a type (a CRM
    /// may correct it), else derived from <paramref name="account"/> (the account's deals, any order; this one is
    /// skipped) by <see cref="Derive"/> against its creation. Deals whose current state names another account do not
    /// count. Derived from the facts whenever asked, so the answer does not depend on which deal arrived first.
    /// </summary>
    public static OpportunityType Of(OpportunityHistory history, IEnumerable<OpportunityHistory> account)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(account);
        var created = history.Created ?? throw new ArgumentException($"The history of '{history.OpportunityId}' holds no state.", nameof(history));
        var sent = history.Versions.LastOrDefault(v => v.Type is not null)?.Type;
        var domain = history.Current!.AccountDomain;
        var won = account
            .Where(other => !string.Equals(other.OpportunityId, history.OpportunityId, StringComparison.Ordinal))
            .Where(other => domain is not null && string.Equals(other.Current?.AccountDomain, domain, StringComparison.Ordinal))
            .Select(WonAt)
            .OfType<DateTimeOffset>();
        return Derive(sent, created.CreatedAt, won);
    }

    /// <summary>
    /// When the deal was won: the close instant of its current state when that is won (as revenue is dated), else
    /// null (open, lost, or a win the CRM reopened).
    /// </summary>
    public static DateTimeOffset? WonAt(OpportunityHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        return history.Current is { Status: OpportunityStatus.Won } current ? current.ClosedAt ?? current.UpdatedAt : null;
    }
}
