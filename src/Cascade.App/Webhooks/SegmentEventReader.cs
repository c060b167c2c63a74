using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cascade.App.Ingestion;
using Cascade.App.People;
using Cascade.App.Validation;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Webhooks;

/// <summary>
/// Reads Segment-spec events (one event, or <c>{ "batch": [...] }</c> of at most 500) for <c>POST /api/webhooks/segment</c>.
/// </summary>
/// <remarks>
/// Mapping (where api.md leaves room):
/// <list type="bullet">
/// <item><c>messageId</c> → <c>eventId</c>, so Segment's retries are duplicates; <c>timestamp</c> (else
/// <c>originalTimestamp</c>) → <c>occurredAt</c>; <c>anonymousId</c> as is.</item>
/// <item>The e-mail is <c>userId</c> when it is an e-mail address, else <c>traits.email</c>, <c>context.traits.email</c>
/// or <c>properties.email</c>. An event with both an e-mail and an <c>anonymousId</c> stitches the cookie to the person.</item>
/// <item><c>context.page.url</c>/<c>referrer</c> (else <c>properties.url</c>/<c>referrer</c>) → <c>pageUrl</c>/<c>referrer</c>;
/// <c>context.campaign</c> (<c>name</c>, <c>source</c>, <c>medium</c>, <c>term</c>, <c>content</c>) → <c>utm</c>.</item>
/// <item><c>track</c> → a touchpoint whose type is the event name in snake_case (<c>Demo Request</c> → <c>demo_request</c>);
/// <c>page</c> → <c>page_view</c>. An <c>NPS Response</c> event (<c>nps_response</c>) takes its <c>properties.score</c>.</item>
/// <item><c>identify</c> → a person upsert (origin <c>import</c>, at the event's timestamp) from the traits, not a
/// touchpoint: identifying oneself is not a marketing touch and must not take attribution credit. The cookie is
/// stitched by the person's next event, which Segment sends with both ids. An identify without an e-mail is refused.</item>
/// <item><c>screen</c>, <c>group</c> and <c>alias</c> are acknowledged and skipped, so Segment does not retry them.</item>
/// </list>
/// Every item is validated as a touchpoint or upsert would be; any invalid item refuses the whole delivery.
/// </remarks>
public static class SegmentEventReader
{
    private static readonly string[] SkippedTypes = ["screen", "group", "alias"];

    public static Validated<SegmentBatch> Read(ReadOnlyMemory<byte> body)
    {
        var root = JsonBody.Object(body, IngestionLimits.MaxTouchpointBodyBytes);
        if (!root.IsValid)
        {
            return Validated<SegmentBatch>.Invalid(root.Errors);
        }

        var errors = new ValidationErrors();
        var envelope = new JsonFields(root.Value, string.Empty, errors);
        var batch = root.Value.TryGetProperty("batch", out _);
        var events = batch ? envelope.Array("batch", IngestionLimits.MaxBatchItems) : [root.Value];
        if (!errors.IsEmpty)
        {
            return Validated<SegmentBatch>.Invalid(errors);
        }

        if (events.Count == 0)
        {
            return Validated<SegmentBatch>.Invalid(ValidationErrors.Of("batch", "must hold at least one event."));
        }

        var touchpoints = new List<Touchpoint>();
        var people = new List<PersonUpsert>();
        var skipped = 0;
        for (var i = 0; i < events.Count; i++)
        {
            var prefix = batch ? $"batch[{i}]" : string.Empty;
            if (events[i].ValueKind != JsonValueKind.Object)
            {
                errors.Add(prefix, "must be an object.");
                continue;
            }

            var f = new JsonFields(events[i], prefix, errors);
            switch (f.Text("type", required: true, maxLength: 32)?.ToLowerInvariant())
            {
                case null:
                    break;
                case "track" or "page":
                    if (TouchpointReader.Read(ToTouchpoint(events[i]), prefix, errors) is { } touchpoint)
                    {
                        touchpoints.Add(touchpoint);
                    }

                    break;
                case "identify":
                    if (ReadIdentify(events[i], prefix, errors) is { } upsert)
                    {
                        people.Add(upsert);
                    }

                    break;
                case var type when SkippedTypes.Contains(type):
                    skipped++;
                    break;
                default:
                    errors.Add(f.Path("type"), "must be one of: track, page, identify, screen, group, alias.");
                    break;
            }
        }

        return errors.IsEmpty
            ? Validated<SegmentBatch>.Valid(new SegmentBatch(touchpoints, people, skipped))
            : Validated<SegmentBatch>.Invalid(errors);
    }

    /// <summary>A Segment event name as a touchpoint type: lower case, every run of other characters one underscore.</summary>
    public static string SnakeCase(string eventName)
    {
        var text = new StringBuilder(eventName.Length);
        for (var i = 0; i < eventName.Length; i++)
        {
            var c = eventName[i];
            if (char.IsAsciiLetterOrDigit(c))
            {
                // camelCase and PascalCase words split where a lower-case letter or digit meets an upper-case one.
                if (char.IsAsciiLetterUpper(c) && i > 0 && (char.IsAsciiLetterLower(eventName[i - 1]) || char.IsAsciiDigit(eventName[i - 1])))
                {
                    text.Append('_');
                }

                text.Append(char.ToLowerInvariant(c));
            }
            else if (text.Length > 0 && text[^1] != '_')
            {
                text.Append('_');
            }
        }

        return text.ToString().Trim('_');
    }

    private static JsonElement ToTouchpoint(JsonElement e)
    {
        var type = Str(e, "type")!.ToLowerInvariant();
        var context = Obj(e, "context");
        var page = Obj(context, "page");
        var properties = Obj(e, "properties");
        var campaign = Obj(context, "campaign");
        var traits = Obj(context, "traits") ?? Obj(e, "traits");

        var touchpoint = new JsonObject();
        Copy(touchpoint, "eventId", Node(e, "messageId"));
        Copy(touchpoint, "occurredAt", Node(e, "timestamp") ?? Node(e, "originalTimestamp"));
        if (type == "page")
        {
            touchpoint["type"] = TouchpointTypes.PageView;
        }
        else if (Str(e, "event") is { } name)
        {
            touchpoint["type"] = SnakeCase(name);
        }
        else
        {
            Copy(touchpoint, "type", Node(e, "event"));
        }

        if (EmailOf(e) is { } email)
        {
            touchpoint["email"] = email;
        }

        Copy(touchpoint, "anonymousId", Node(e, "anonymousId"));
        Copy(touchpoint, "pageUrl", Node(page, "url") ?? Node(properties, "url"));
        Copy(touchpoint, "referrer", Node(page, "referrer") ?? Node(properties, "referrer"));
        if (campaign is { } c)
        {
            var utm = new JsonObject();
            Copy(utm, "source", Node(c, "source"));
            Copy(utm, "medium", Node(c, "medium"));
            Copy(utm, "campaign", Node(c, "name"));
            Copy(utm, "term", Node(c, "term"));
            Copy(utm, "content", Node(c, "content"));
            touchpoint["utm"] = utm;
        }

        // A survey answer's score travels in its properties; no other event carries one.
        if (type != "page" && Str(e, "event") is { } eventName && SnakeCase(eventName) == TouchpointTypes.NpsResponse)
        {
            Copy(touchpoint, "score", Node(properties, "score"));
        }

        if (traits is { } t && Profile(t) is { Count: > 0 } profile)
        {
            touchpoint["profile"] = profile;
        }

        return JsonSerializer.SerializeToElement(touchpoint);
    }

    private static PersonUpsert? ReadIdentify(JsonElement e, string prefix, ValidationErrors errors)
    {
        var email = EmailOf(e);
        if (email is null)
        {
            errors.Add(Join(prefix, "userId"), "identify needs an e-mail: userId, traits.email or context.traits.email.");
            return null;
        }

        var upsert = Profile(Obj(e, "traits") ?? Obj(Obj(e, "context"), "traits") ?? default) ?? new JsonObject();
        upsert["email"] = email;
        upsert["origin"] = "import";
        Copy(upsert, "at", Node(e, "timestamp") ?? Node(e, "originalTimestamp"));
        var read = PersonUpsertReader.Read(JsonSerializer.SerializeToUtf8Bytes(upsert));
        foreach (var (field, messages) in read.Errors.ToDictionary())
        {
            foreach (var message in messages)
            {
                errors.Add(Join(prefix, field == "at" ? "timestamp" : "traits." + field), message);
            }
        }

        return read.Value;
    }

    // Segment's traits as Cascade's profile fields; only strings and numbers are taken, the reader checks them.
    private static JsonObject? Profile(JsonElement traits)
    {
        if (traits.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var company = Obj(traits, "company");
        var profile = new JsonObject();
        Copy(profile, "firstName", Node(traits, "firstName") ?? Node(traits, "first_name"));
        Copy(profile, "lastName", Node(traits, "lastName") ?? Node(traits, "last_name"));
        Copy(profile, "jobTitle", Node(traits, "title") ?? Node(traits, "jobTitle"));
        Copy(profile, "company", Node(company, "name") ?? (Str(traits, "company") is { } name ? JsonValue.Create(name) : null));
        Copy(profile, "industry", Node(traits, "industry") ?? Node(company, "industry"));
        Copy(profile, "companySize", Node(traits, "employees") ?? Node(company, "employee_count"));
        Copy(profile, "country", Node(Obj(traits, "address"), "country") ?? Node(traits, "country"));
        Copy(profile, "phone", Node(traits, "phone"));
        return profile;
    }

    private static string? EmailOf(JsonElement e)
    {
        string?[] candidates =
        [
            Str(e, "userId"), Str(Obj(e, "traits"), "email"), Str(Obj(Obj(e, "context"), "traits"), "email"), Str(Obj(e, "properties"), "email"),
        ];
        return candidates.FirstOrDefault(c => EmailAddress.TryParse(c, out _));
    }

    private static string Join(string prefix, string field) => prefix.Length == 0 ? field : prefix + "." + field;

    private static JsonElement? Obj(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    private static string? Str(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static JsonNode? Node(JsonElement? parent, string name) =>
        parent is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null
            ? JsonSerializer.SerializeToNode(v)
            : null;

    private static void Copy(JsonObject target, string name, JsonNode? value)
    {
        if (value is not null)
        {
            target[name] = value;
        }
    }
}
