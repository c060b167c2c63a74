using CsCheck;

namespace Cascade.Testing.Hostile;

/// <summary>
/// Generated hostile bodies for every write endpoint, field by field in the endpoint's own shape: the property tests
/// of the readers and the end-to-end hostile sample draw from the same generators (hence shared here rather than
/// kept in one test's nested class).
/// </summary>
public static class HostileBodies
{
    public static readonly Gen<string> Profile = HostileJson.Fields(
        ("firstName", HostileJson.Field(HostileJson.Words)),
        ("lastName", HostileJson.Field(HostileJson.Words)),
        ("jobTitle", HostileJson.Field(HostileJson.Words)),
        ("company", HostileJson.Field(HostileJson.Words)),
        ("companySize", Gen.Frequency((8, Gen.Int[1, 50_000].Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))), (1, HostileJson.Number), (1, HostileJson.Field(HostileJson.Number)))),
        ("country", HostileJson.Field(HostileJson.Words)),
        ("phone", HostileJson.Field(HostileJson.Words)));

    public static readonly Gen<string> Utm = HostileJson.Fields(
        ("source", HostileJson.Field(HostileJson.Words)),
        ("medium", HostileJson.Field(Gen.OneOf("cpc", "email", "paid", "social"))),
        ("campaign", HostileJson.Field(HostileJson.Words)),
        ("term", HostileJson.Field(HostileJson.Words)),
        ("content", HostileJson.Field(HostileJson.Words)));

    public static readonly Gen<string> Touchpoint = HostileJson.Fields(
        ("eventId", HostileJson.Field(HostileJson.Id)),
        ("occurredAt", HostileJson.Field(HostileJson.Instant)),
        ("type", HostileJson.Field(Gen.Frequency((12, Gen.OneOf("page_view", "form_fill", "sales_call", "webinar_attended")), (1, Gen.OneOf("Page View", "x", "PAGE_VIEW"))))),
        ("email", HostileJson.Field(HostileJson.Email)),
        ("anonymousId", HostileJson.Field(HostileJson.Id)),
        ("channel", HostileJson.Field(HostileJson.Words)),
        ("origin", HostileJson.Field(Gen.OneOf("marketing", "sales", "SALES", "partner"))),
        ("campaign", HostileJson.Field(HostileJson.Words)),
        ("content", HostileJson.Field(HostileJson.Words)),
        ("utm", Gen.Frequency((3, Utm), (1, HostileJson.Value(1)))),
        ("pageUrl", HostileJson.Field(HostileJson.Url)),
        ("referrer", HostileJson.Field(HostileJson.Url)),
        ("accountDomain", HostileJson.Field(HostileJson.Domain)),
        ("profile", Gen.Frequency((3, Profile), (1, HostileJson.Value(1)))));

    public static readonly Gen<string> Opportunity = HostileJson.Fields(
        ("opportunityId", HostileJson.Field(HostileJson.Id)),
        ("name", HostileJson.Field(HostileJson.Words)),
        ("accountDomain", HostileJson.Field(HostileJson.Domain)),
        ("contactEmails", Gen.Frequency((3, HostileJson.Email.Select(HostileJson.String).Array[0, 4].Select(HostileJson.Array)), (1, HostileJson.Value(1)))),
        ("amount", Gen.Frequency((4, HostileJson.Number), (1, HostileJson.Value(0)))),
        ("currency", HostileJson.Field(Gen.OneOf("EUR", "eur", "USD", "", "EURO"))),
        ("stage", HostileJson.Field(HostileJson.Words)),
        ("owner", HostileJson.Field(HostileJson.Words)),
        ("closeDate", HostileJson.Field(Gen.Frequency((2, HostileJson.Instant.Select(i => i.Length > 10 ? i[..10] : i)), (1, HostileJson.Instant)))),
        ("status", HostileJson.Field(Gen.OneOf("open", "won", "lost", "WON", "maybe"))),
        ("createdAt", HostileJson.Field(HostileJson.Instant)),
        ("closedAt", HostileJson.Field(HostileJson.Instant)),
        ("updatedAt", HostileJson.Field(HostileJson.Instant)));

    public static readonly Gen<string> Person = HostileJson.Fields(
        ("email", HostileJson.Field(HostileJson.Email)),
        ("firstName", HostileJson.Field(HostileJson.Words)),
        ("company", HostileJson.Field(HostileJson.Words)),
        ("companySize", HostileJson.Field(HostileJson.Number)),
        ("accountDomain", HostileJson.Field(HostileJson.Domain)),
        ("origin", HostileJson.Field(Gen.OneOf("import", "sales", "robot"))),
        ("at", HostileJson.Field(HostileJson.Instant)));

    public static readonly Gen<string> SalesAction = HostileJson.Fields(
        ("action", HostileJson.Field(Gen.OneOf("accept", "reject", "qualify", "mark_fan", "promote"))),
        ("reason", HostileJson.Field(HostileJson.Words)),
        ("by", HostileJson.Field(HostileJson.Words)),
        ("at", HostileJson.Field(HostileJson.Instant)),
        ("bant", Gen.Frequency(
            (3, HostileJson.Fields(("budget", HostileJson.Field(HostileJson.Words)), ("authority", HostileJson.Field(HostileJson.Words)),
                ("need", HostileJson.Field(HostileJson.Words)), ("timing", HostileJson.Field(HostileJson.Words)))),
            (1, HostileJson.Value(1)))));

    public static readonly Gen<string> BrowserEvent = HostileJson.Fields(
        ("eventId", HostileJson.Field(Gen.Frequency((4, Gen.Guid.Select(g => g.ToString())), (1, HostileJson.Id)))),
        ("type", HostileJson.Field(Gen.OneOf("page_view", "video_played", "sales_call", "Bad Type"))),
        ("anonymousId", HostileJson.Field(Gen.Frequency((4, Gen.Guid.Select(g => g.ToString())), (1, HostileJson.Id)))),
        ("pageUrl", HostileJson.Field(HostileJson.Url)),
        ("referrer", HostileJson.Field(HostileJson.Url)),
        ("utm", Gen.Frequency((3, Utm), (1, HostileJson.Value(1)))),
        ("props", Gen.Frequency(
            (3, HostileJson.Fields(("campaign", HostileJson.Field(HostileJson.Words)), ("content", HostileJson.Field(HostileJson.Words)))),
            (1, HostileJson.Value(1)))));

    public static readonly Gen<string> SegmentEvent = HostileJson.Fields(
        ("type", HostileJson.Field(Gen.OneOf("track", "page", "identify", "screen", "alias", "TRACK", "unknown"))),
        ("messageId", HostileJson.Field(HostileJson.Id)),
        ("timestamp", HostileJson.Field(HostileJson.Instant)),
        ("event", HostileJson.Field(Gen.Frequency((3, Gen.OneOf("Demo Requested", "videoPlayed", "x")), (1, HostileJson.AnyText)))),
        ("userId", HostileJson.Field(HostileJson.Email)),
        ("anonymousId", HostileJson.Field(HostileJson.Id)),
        ("traits", Gen.Frequency(
            (3, HostileJson.Fields(("email", HostileJson.Field(HostileJson.Email)), ("first_name", HostileJson.Field(HostileJson.Words)),
                ("company", Gen.Frequency((1, HostileJson.Field(HostileJson.Words)), (1, HostileJson.Value(1)))),
                ("employees", HostileJson.Number))),
            (1, HostileJson.Value(1)))),
        ("context", Gen.Frequency(
            (3, HostileJson.Fields(
                ("page", HostileJson.Fields(("url", HostileJson.Field(HostileJson.Url)), ("referrer", HostileJson.Field(HostileJson.Url)))),
                ("campaign", HostileJson.Fields(("name", HostileJson.Field(HostileJson.Words)), ("source", HostileJson.Field(HostileJson.Words)))))),
            (1, HostileJson.Value(1)))));

    public static readonly Gen<string> SegmentDelivery = Gen.Frequency(
        (3, SegmentEvent),
        (2, SegmentEvent.Array[0, 4].Select(events => HostileJson.Object([("batch", HostileJson.Array(events))]))));

    public static readonly Gen<string> FormId = Gen.Frequency((4, HostileJson.Id), (1, HostileJson.AnyText));

    public static readonly Gen<Dictionary<string, string>> FormFields = Gen.Select(
        Gen.Select(HostileJson.Email, HostileJson.Id, HostileJson.Id, HostileJson.Url, (email, submissionId, anonymousId, pageUrl) => new Dictionary<string, string>
        {
            ["email"] = email, ["submissionId"] = submissionId, ["anonymousId"] = anonymousId, ["pageUrl"] = pageUrl,
        }),
        Gen.Select(HostileJson.AnyText, HostileJson.AnyText, HostileJson.AnyText, Gen.OneOf("", "", "", "bot.example"), (utmCampaign, company, companySize, website) => new Dictionary<string, string>
        {
            ["utm_campaign"] = utmCampaign, ["company"] = company, ["companySize"] = companySize, ["website"] = website,
        }),
        Gen.Int[0, 255],
        (who, what, drop) =>
        {
            var fields = who.Concat(what).ToDictionary(f => f.Key, f => f.Value);
            foreach (var name in fields.Keys.Where((_, i) => (drop >> i & 1) == 1 && i != 0).ToList())
            {
                fields.Remove(name);
            }

            return fields;
        });
}
