using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.LeadPeriods;

namespace Cascade.Storage.People;

/// <summary>
/// A person as stored: profile, lead state (stage, fan flag, recycling), activity, score and the anonymous ids
/// stitched to them when they were last evaluated (what <c>GET /api/people/{email}</c> shows and reads the
/// touch partitions of).
/// </summary>
public sealed record PersonRecord
{
    public required EmailAddress Email { get; init; }
    public string? AccountDomain { get; init; }
    public Profile Profile { get; init; } = Profile.Empty;
    public LeadState Lead { get; init; } = LeadState.Anonymous;
    public DateTimeOffset? LastActivityAt { get; init; }
    public PersonScore? Score { get; init; }
    public IReadOnlyList<string> AnonymousIds { get; init; } = [];

    /// <summary>The other facts the evaluation that stored this record found; null when not recorded (then read).</summary>
    public PersonFactsSeen? Seen { get; init; }

    /// <summary>The <c>LeadPeriods</c> rows the evaluation that stored this record wrote; null before any.</summary>
    public LeadPeriodMark? Periods { get; init; }

    /// <summary>A person seen for the first time.</summary>
    public static PersonRecord New(EmailAddress email) => new() { Email = email };
}
