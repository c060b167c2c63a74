using Cascade.Domain.Identity;

namespace Cascade.Domain.Pipeline;

/// <summary>
/// One full state of a CRM opportunity as the CRM sent it, versioned by <see cref="UpdatedAt"/>
/// (the CRM's own timestamp). Money is in the workspace currency.
/// </summary>
public sealed record Opportunity
{
    public required string OpportunityId { get; init; }
    public string? Name { get; init; }
    public string? AccountDomain { get; init; }
    public IReadOnlyList<EmailAddress> ContactEmails { get; init; } = [];
    public required decimal Amount { get; init; }
    public string? Stage { get; init; }
    public required DateOnly CloseDate { get; init; }
    public required OpportunityStatus Status { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ClosedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>The CRM user who owns the deal (optional): a lead of its account is routed to them.</summary>
    public string? Owner { get; init; }

    /// <summary>
    /// What this version left out (then <see cref="Amount"/> is 0 and <see cref="CloseDate"/> the default date, both
    /// meaningless): the deal counts only from a version that supplies both (<see cref="OpportunityDocumentation"/>).
    /// </summary>
    public OpportunityMissingFields Missing { get; init; }

    public bool IsDocumented => Missing == OpportunityMissingFields.None;
    /// <summary>What the deal sells, when the CRM says (optional); <see cref="OpportunityTypes.Of"/> derives it otherwise.</summary>
    public OpportunityType? Type { get; init; }

    public bool IsOpen => Status == OpportunityStatus.Open;

    /// <summary>
    /// Whether this opportunity moves <paramref name="person"/>'s lifecycle (domain §3): it names them as a
    /// contact or, when it names no contact, it is of their account.
    /// </summary>
    public bool Names(EmailAddress person, string? personAccount) =>
        ContactEmails.Count > 0
            ? ContactEmails.Contains(person)
            : personAccount is not null && string.Equals(personAccount, AccountDomain, StringComparison.Ordinal);
}
