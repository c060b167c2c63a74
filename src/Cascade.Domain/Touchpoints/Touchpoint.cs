using Cascade.Domain.Identity;

namespace Cascade.Domain.Touchpoints;

/// <summary>
/// One interaction of a buyer (domain §2). Stored once per <see cref="EventId"/>. Channel and origin are
/// already resolved (see <see cref="Create"/>); who is the e-mail and/or the anonymous id.
/// </summary>
public sealed record Touchpoint
{
    public required string EventId { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
    public required string Type { get; init; }
    public required string Channel { get; init; }
    public required Origin Origin { get; init; }
    public string? Campaign { get; init; }
    public string? Content { get; init; }
    public Utm? Utm { get; init; }
    public string? PageUrl { get; init; }
    public string? Referrer { get; init; }
    public string? AnonymousId { get; init; }
    public EmailAddress? Email { get; init; }
    public string? AccountDomain { get; init; }
    public Profile? Profile { get; init; }

    /// <summary>The answer 0–10 of an <c>nps_response</c> (checked at the edge); null for every other type.</summary>
    public int? Score { get; init; }

    /// <summary>
    /// A touchpoint with the defaults of domain §2 applied: origin from the type, channel from UTM and
    /// referrer, campaign from <c>utm_campaign</c> when none is named. UTM parameters or a profile with nothing in
    /// them are none, as storage keeps them.
    /// </summary>
    public static Touchpoint Create(
        string eventId,
        DateTimeOffset occurredAt,
        string type,
        EmailAddress? email = null,
        string? anonymousId = null,
        string? channel = null,
        Origin? origin = null,
        string? campaign = null,
        string? content = null,
        Utm? utm = null,
        string? pageUrl = null,
        string? referrer = null,
        string? accountDomain = null,
        Profile? profile = null,
        int? score = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        if (email is null && string.IsNullOrWhiteSpace(anonymousId))
        {
            throw new ArgumentException("A touchpoint needs an e-mail or an anonymous id.", nameof(email));
        }

        var normalizedType = type.Trim().ToLowerInvariant();
        return new Touchpoint
        {
            EventId = eventId,
            OccurredAt = occurredAt.ToUniversalTime(),
            Type = normalizedType,
            Channel = string.IsNullOrWhiteSpace(channel)
                ? ChannelResolver.Resolve(normalizedType, utm, referrer)
                : channel.Trim().ToLowerInvariant(),
            Origin = origin ?? TouchpointTypes.DefaultOrigin(normalizedType),
            Campaign = string.IsNullOrWhiteSpace(campaign) ? Blank(utm?.Campaign) : campaign.Trim(),
            Content = Blank(content) ?? Blank(utm?.Content),
            Utm = utm == Utm.None ? null : utm,
            PageUrl = Blank(pageUrl),
            Referrer = Blank(referrer),
            AnonymousId = Blank(anonymousId),
            Email = email,
            AccountDomain = AccountDomains.Normalize(accountDomain),
            Profile = profile == Profile.Empty ? null : profile,
            Score = score,
        };
    }

    /// <summary>The order of a journey: by time, then by event id so equal instants are stable.</summary>
    public static readonly IComparer<Touchpoint> Chronological = Comparer<Touchpoint>.Create(static (a, b) =>
    {
        var byTime = a.OccurredAt.CompareTo(b.OccurredAt);
        return byTime != 0 ? byTime : string.CompareOrdinal(a.EventId, b.EventId);
    });

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
