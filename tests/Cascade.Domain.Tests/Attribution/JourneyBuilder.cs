using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Tests.Attribution;

/// <summary>
/// Test data for journeys: touches placed in days relative to the opportunity's creation, optionally marked
/// as the touch that made the person known or MQL.
/// </summary>
internal sealed class JourneyBuilder
{
    public static readonly DateTimeOffset Creation = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);
    public static readonly EmailAddress Ada = EmailAddress.Parse("ada@acme.com");

    private readonly List<Touchpoint> _touches = [];
    private readonly List<string> _known = [];
    private readonly List<string> _mql = [];
    private DateTimeOffset? _closedAt;

    public JourneyBuilder Touch(
        double day, string channel = Channels.Direct, Origin origin = Origin.Marketing, bool withEmail = true,
        bool known = false, bool mql = false, string type = TouchpointTypes.PageView)
    {
        var id = $"ev-{_touches.Count:D3}";
        _touches.Add(Touchpoint.Create(
            id, Creation.AddDays(day), type, withEmail ? Ada : null, anonymousId: "anon-1", channel: channel, origin: origin));
        if (known)
        {
            _known.Add(id);
        }

        if (mql)
        {
            _mql.Add(id);
        }

        return this;
    }

    public JourneyBuilder ClosedWon(double day)
    {
        _closedAt = Creation.AddDays(day);
        return this;
    }

    public IReadOnlyList<Touchpoint> Touches => _touches;

    public LeadMilestoneFacts Facts => LeadMilestoneFacts.Create(_known, _mql);

    public Opportunity Opportunity => new()
    {
        OpportunityId = "opp-1",
        AccountDomain = "acme.com",
        ContactEmails = [Ada],
        Amount = 1000m,
        CloseDate = DateOnly.FromDateTime((_closedAt ?? Creation.AddDays(90)).UtcDateTime),
        Status = _closedAt is null ? OpportunityStatus.Open : OpportunityStatus.Won,
        CreatedAt = Creation,
        ClosedAt = _closedAt,
        UpdatedAt = _closedAt ?? Creation,
    };

    public Journey Build(AttributionKind kind = AttributionKind.Pipeline) =>
        Journey.Build(Opportunity, kind, _touches, Facts).Journey ?? throw new InvalidOperationException("Journey refused.");
}
