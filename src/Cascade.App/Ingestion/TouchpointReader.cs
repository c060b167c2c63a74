using System.Text.Json;
using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Ingestion;

/// <summary>
/// Reads touchpoint payloads (api.md, domain §2) into domain touchpoints: <c>eventId</c>, <c>occurredAt</c>,
/// <c>type</c> and one of <c>email</c>/<c>anonymousId</c> required; channel, origin and campaign defaulted by
/// <see cref="Touchpoint.Create"/>. An <c>nps_response</c> needs a whole-number <c>score</c> from 0 to 10, which no
/// other type may carry. A batch with any invalid item is refused whole.
/// </summary>
public static class TouchpointReader
{
    private static readonly Dictionary<string, Origin> Origins = new(StringComparer.Ordinal)
    {
        ["marketing"] = Origin.Marketing,
        ["sales"] = Origin.Sales,
    };

    /// <summary>Reads a <c>POST /api/touchpoints</c> body: one object or an array of at most 500.</summary>
    public static Validated<IReadOnlyList<Touchpoint>> ReadBatch(ReadOnlyMemory<byte> body)
    {
        var items = JsonBody.Items(body, IngestionLimits.MaxBatchItems, IngestionLimits.MaxTouchpointBodyBytes);
        if (!items.IsValid)
        {
            return Validated<IReadOnlyList<Touchpoint>>.Invalid(items.Errors);
        }

        var list = items.Value!;
        var errors = new ValidationErrors();
        var touchpoints = new List<Touchpoint>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (Read(list[i], JsonBody.Prefix(i, list.Count), errors) is { } touchpoint)
            {
                touchpoints.Add(touchpoint);
            }
        }

        return errors.IsEmpty
            ? Validated<IReadOnlyList<Touchpoint>>.Valid(touchpoints)
            : Validated<IReadOnlyList<Touchpoint>>.Invalid(errors);
    }

    /// <summary>Reads one touchpoint object, adding its problems to <paramref name="errors"/> under <paramref name="prefix"/>.</summary>
    public static Touchpoint? Read(JsonElement element, string prefix, ValidationErrors errors)
    {
        var before = errors.Count;
        var f = new JsonFields(element, prefix, errors);
        var eventId = f.Id("eventId", required: true);
        var occurredAt = f.Instant("occurredAt", required: true);
        var type = f.Text("type", required: true, maxLength: 64);
        if (type is not null && !type.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            errors.Add(f.Path("type"), "must be a word of letters, digits and underscores, e.g. page_view.");
        }

        var beforeWho = errors.Count;
        var email = f.Email("email");
        var anonymousId = f.Id("anonymousId");
        if (email is null && anonymousId is null && errors.Count == beforeWho)
        {
            errors.Add(f.Path("email"), "email or anonymousId is required.");
        }

        var channel = f.Text("channel", maxLength: 64);
        var origin = f.OneOf("origin", Origins);
        var campaign = f.Text("campaign", maxLength: 256);
        var content = f.Text("content", maxLength: 256);
        var utm = ReadUtm(f.Object("utm"));
        var pageUrl = f.Text("pageUrl");
        var referrer = f.Text("referrer");
        var accountDomain = f.AccountDomain("accountDomain");
        var profile = ProfileReader.Read(f.Object("profile"));
        var score = Score(f, type);
        if (errors.Count != before)
        {
            return null;
        }

        return Touchpoint.Create(
            eventId!, occurredAt!.Value, type!, email, anonymousId, channel, origin, campaign, content, utm, pageUrl, referrer,
            accountDomain, profile, score);
    }

    /// <summary>An <c>nps_response</c>'s whole-number <c>score</c> 0–10: required for that type, refused on any other.</summary>
    private static int? Score(JsonFields f, string? type)
    {
        var isSurvey = type is not null && TouchpointTypes.IsSurveyAnswer(type.ToLowerInvariant());
        var before = f.Errors.Count;
        var score = f.Count("score", max: 10);
        if (f.Errors.Count != before)
        {
            return null;
        }

        if (isSurvey && score is null)
        {
            f.Errors.Add(f.Path("score"), $"is required for an {TouchpointTypes.NpsResponse} (a whole number from 0 to 10).");
        }
        else if (!isSurvey && score is not null && type is not null)
        {
            f.Errors.Add(f.Path("score"), $"is only taken on an {TouchpointTypes.NpsResponse}.");
        }

        return score;
    }

    private static Utm? ReadUtm(JsonFields? utm) => utm is null
        ? null
        : new Utm(
            utm.Text("source", maxLength: 256),
            utm.Text("medium", maxLength: 256),
            utm.Text("campaign", maxLength: 256),
            utm.Text("term", maxLength: 256),
            utm.Text("content", maxLength: 256));
}
