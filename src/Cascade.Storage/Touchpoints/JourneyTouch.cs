using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Touchpoints;

/// <summary>
/// One touch as it is kept compressed beside other rows: in a person's journey row (<c>PersonStore.JourneyAsync</c>) and
/// in the pending mark that carries a person's new touches (<c>PendingEvaluationStore</c>). Every field of the touch,
/// normalised as a read of the <c>Touchpoints</c> table gives it, so that an evaluation of the kept and carried touches
/// decides what one of the stored touches would.
/// </summary>
/// <remarks>
/// Rows kept before the touch was kept whole have the first nine fields only; they read back with the others empty,
/// and have no tag (<c>PersonStore</c> takes a journey as whole only when its tag is the one its profile names).
/// </remarks>
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
    public string? Content { get; init; }
    public Utm? Utm { get; init; }
    public string? PageUrl { get; init; }
    public string? Referrer { get; init; }
    public Profile? Profile { get; init; }
    public int? Score { get; init; }

    /// <summary><paramref name="touches"/> kept compressed (<see cref="CompressedParts"/>); null when they need more than <paramref name="maxParts"/>.</summary>
    public static IReadOnlyList<byte[]>? Encode(IEnumerable<Touchpoint> touches, int maxParts) =>
        CompressedParts.Encode(touches.Select(Of).ToList(), maxParts);

    /// <summary>The touches <see cref="Encode"/> kept in <paramref name="parts"/>, as a read of the table gives them.</summary>
    public static List<Touchpoint> Decode(IEnumerable<byte[]> parts) =>
        CompressedParts.Decode<List<JourneyTouch>>(parts).Select(t => t.ToTouchpoint()).ToList();

    public static JourneyTouch Of(Touchpoint t) =>
        new(t.EventId, t.OccurredAt, t.Type, t.Channel, t.Origin, t.Campaign, t.Email?.Value, t.AnonymousId, t.AccountDomain)
        {
            Content = t.Content,
            Utm = t.Utm,
            PageUrl = t.PageUrl,
            Referrer = t.Referrer,
            Profile = t.Profile,
            Score = t.Score,
        };

    public Touchpoint ToTouchpoint() => new()
    {
        EventId = EventId,
        OccurredAt = OccurredAt.ToUniversalTime(),
        Type = Type,
        Channel = Channel,
        Origin = Origin,
        Campaign = Campaign,
        Content = Content,
        // As the table keeps them: UTM parameters or a profile with nothing in them are none.
        Utm = Utm is null || Utm == Utm.None ? null : Utm,
        PageUrl = PageUrl,
        Referrer = Referrer,
        Email = Email is null ? null : EmailAddress.Parse(Email),
        AnonymousId = AnonymousId,
        AccountDomain = AccountDomain,
        Profile = Profile is null || Profile == Profile.Empty ? null : Profile,
        Score = Score,
    };
}
