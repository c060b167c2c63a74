using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.Storage.People;

/// <summary>
/// One touch of a person's journey as their evaluation keeps it (<see cref="PersonStore.JourneyAsync"/>): what says who
/// it belongs to (e-mail, cookie, account domain) and what the reports that ask "which touches came when" group by.
/// </summary>
internal sealed record JourneyTouch(
    string EventId,
    DateTimeOffset OccurredAt,
    string Type,
    string Channel,
    Origin Origin,
    string? Campaign,
    string? Email,
    string? AnonymousId,
    string? AccountDomain)
{
    public static JourneyTouch Of(Touchpoint t) =>
        new(t.EventId, t.OccurredAt, t.Type, t.Channel, t.Origin, t.Campaign, t.Email?.Value, t.AnonymousId, t.AccountDomain);

    public Touchpoint ToTouchpoint() => new()
    {
        EventId = EventId,
        OccurredAt = OccurredAt,
        Type = Type,
        Channel = Channel,
        Origin = Origin,
        Campaign = Campaign,
        Email = Email is null ? null : EmailAddress.Parse(Email),
        AnonymousId = AnonymousId,
        AccountDomain = AccountDomain,
    };
}
