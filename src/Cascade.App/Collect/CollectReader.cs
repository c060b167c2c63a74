using System.Text.Json;
using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Collect;

/// <summary>
/// Reads what the website snippet posts to <c>POST /api/collect</c> — one event or an array of at most
/// <see cref="CollectLimits.MaxEvents"/> — into anonymous touchpoints:
/// <c>{ eventId (uuid), type (default page_view), anonymousId, pageUrl, referrer, utm: {…}, props: {…} }</c>.
/// Rules where the spec is silent, because the endpoint is open to any browser:
/// <list type="bullet">
/// <item>the event id is stored as <c>web:&lt;uuid&gt;</c>, so a browser can replay its own events (duplicates)
/// but never collide with another source's ids;</item>
/// <item>the instant is when the server received the event: a visitor's clock is not to be trusted;</item>
/// <item>no e-mail, channel or origin is taken: identification happens through forms, and the channel follows
/// from the UTM parameters and referrer (domain §2); sales activity types are refused;</item>
/// <item>a referrer on the page's own host is navigation inside the site and is dropped, so it does not turn
/// a visit into a referral;</item>
/// <item>of <c>props</c>, <c>campaign</c> and <c>content</c> are kept; the rest is accepted and not stored.</item>
/// </list>
/// </summary>
public static class CollectReader
{
    public const string EventIdPrefix = "web:";

    public static Validated<IReadOnlyList<Touchpoint>> Read(ReadOnlyMemory<byte> body, DateTimeOffset receivedAt)
    {
        var items = JsonBody.Items(body, CollectLimits.MaxEvents, CollectLimits.MaxBodyBytes);
        if (!items.IsValid)
        {
            return Validated<IReadOnlyList<Touchpoint>>.Invalid(items.Errors);
        }

        var list = items.Value!;
        var errors = new ValidationErrors();
        var touchpoints = new List<Touchpoint>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (ReadEvent(new JsonFields(list[i], JsonBody.Prefix(i, list.Count), errors), receivedAt) is { } touchpoint)
            {
                touchpoints.Add(touchpoint);
            }
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyList<Touchpoint>>.Valid(touchpoints)
            : Validated<IReadOnlyList<Touchpoint>>.Invalid(errors);
    }

    private static Touchpoint? ReadEvent(JsonFields f, DateTimeOffset receivedAt)
    {
        var before = f.Errors.Count;
        var eventId = f.Id("eventId", required: true);
        if (eventId is not null && !Guid.TryParseExact(eventId, "D", out _))
        {
            f.Errors.Add(f.Path("eventId"), "must be a uuid, e.g. 7f0c2a8e-3b1d-4c5e-9f60-1a2b3c4d5e6f.");
        }

        var type = EventTypes.Read(f);
        var anonymousId = f.Id("anonymousId", required: true);
        if (anonymousId is not null && !VisitorIds.IsValid(anonymousId))
        {
            f.Errors.Add(f.Path("anonymousId"), "must be 8 to 128 letters, digits, '-', '_' or '.'.");
        }

        var pageUrl = WebAddress(f, "pageUrl");
        var referrer = WebAddress(f, "referrer");
        var utm = ReadUtm(f.Object("utm"));
        var props = f.Object("props");
        string? campaign = null, content = null;
        if (props is not null)
        {
            campaign = props.Text("campaign", maxLength: 256);
            content = props.Text("content", maxLength: 256);
        }

        if (f.Errors.Count != before)
        {
            return null;
        }

        var touchpoint = Touchpoint.Create(
            eventId: EventIdPrefix + eventId!.ToLowerInvariant(),
            occurredAt: receivedAt,
            type: type!,
            anonymousId: anonymousId,
            campaign: campaign,
            content: content,
            utm: utm,
            pageUrl: pageUrl?.ToString(),
            referrer: SameSite(referrer, pageUrl) ? null : referrer?.ToString());

        // What the touchpoints handler will read back from the queue (a normalised address may have grown), checked now.
        return TouchpointDocument.From(touchpoint).Read(f.Prefix, f.Errors);
    }

    private static Uri? WebAddress(JsonFields f, string field)
    {
        var text = f.Text(field);
        if (text is null)
        {
            return null;
        }

        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
        {
            return uri;
        }

        f.Errors.Add(f.Path(field), "must be an absolute http(s) address.");
        return null;
    }

    private static bool SameSite(Uri? referrer, Uri? page) =>
        referrer is not null && page is not null && string.Equals(referrer.Host, page.Host, StringComparison.OrdinalIgnoreCase);

    private static Utm? ReadUtm(JsonFields? utm)
    {
        if (utm is null)
        {
            return null;
        }

        var read = new Utm(
            utm.Text("source", maxLength: 256),
            utm.Text("medium", maxLength: 256),
            utm.Text("campaign", maxLength: 256),
            utm.Text("term", maxLength: 256),
            utm.Text("content", maxLength: 256));
        return read == Utm.None ? null : read;
    }
}
