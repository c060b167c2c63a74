using System.Text.Json;
using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.App.Validation;
using Cascade.Domain.Touchpoints;

namespace Cascade.App.Forms;

/// <summary>
/// Reads a form post (its fields, however the browser encoded them) into a touchpoint of the form's type,
/// carrying the visitor's cookie id so the anonymous visits are stitched to the person.
/// The event id is <c>form:&lt;formId&gt;:&lt;submissionId&gt;</c>, so a resubmitted page is a duplicate. The touchpoint
/// is checked as the touchpoints handler will read it, so a post accepted here is never refused there.
/// </summary>
public static class FormSubmissionReader
{
    /// <summary>The honeypot: a field hidden from people that only bots fill.</summary>
    public const string HoneypotField = "website";

    /// <summary>Longest form id; with <see cref="MaxSubmissionIdLength"/> the event id stays within an id's length.</summary>
    public const int MaxFormIdLength = 100;

    /// <summary>Longest <c>submissionId</c>.</summary>
    public const int MaxSubmissionIdLength = 128;

    private static readonly string[] TrueValues = ["true", "on", "yes", "1"];

    /// <param name="formId">The route's form id.</param>
    /// <param name="fields">The posted fields (first value of each).</param>
    /// <param name="definition">The form's configuration.</param>
    /// <param name="receivedAt">When the post arrived: a form post's instant.</param>
    /// <param name="newSubmissionId">Used when the post carries no <c>submissionId</c>.</param>
    public static Validated<FormSubmission> Read(
        string formId, IReadOnlyDictionary<string, string> fields, FormDefinition definition, DateTimeOffset receivedAt, string newSubmissionId)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(formId) || formId.Length > MaxFormIdLength || formId.Any(char.IsControl))
        {
            errors.Add("formId", $"must be 1 to {MaxFormIdLength} characters without control characters.");
            return Validated<FormSubmission>.Invalid(errors);
        }

        var json = ToJson(fields);
        var f = new JsonFields(json, string.Empty, errors);
        var spam = f.Text(HoneypotField) is not null;
        var email = f.Email("email", required: true);
        var submissionId = f.Text("submissionId", maxLength: MaxSubmissionIdLength) ?? newSubmissionId;
        var anonymousId = f.Id("anonymousId");
        var profile = ProfileReader.Read(f);
        var utm = new Utm(f.Text("utm_source", maxLength: 256), f.Text("utm_medium", maxLength: 256), f.Text("utm_campaign", maxLength: 256),
            f.Text("utm_term", maxLength: 256), f.Text("utm_content", maxLength: 256));
        var pageUrl = f.Text("pageUrl");
        var referrer = f.Text("referrer");
        var consent = f.Text("consent", maxLength: 16) is { } c ? TrueValues.Contains(c.ToLowerInvariant()) : (bool?)null;
        if (!errors.IsEmpty)
        {
            return Validated<FormSubmission>.Invalid(errors);
        }

        var touchpoint = Touchpoint.Create(
            eventId: $"form:{formId}:{submissionId}",
            occurredAt: receivedAt,
            type: definition.Type,
            email: email,
            anonymousId: anonymousId,
            campaign: utm.Campaign is null ? definition.Campaign : null,
            utm: utm,
            pageUrl: pageUrl,
            referrer: referrer,
            profile: profile);

        // What the touchpoints handler will read back from the queue, checked now: a 202 must never end in poison.
        var queued = TouchpointDocument.From(touchpoint).Read(string.Empty, errors);
        return queued is null
            ? Validated<FormSubmission>.Invalid(errors)
            : Validated<FormSubmission>.Valid(new FormSubmission(queued, consent, definition.RedirectUrl, spam));
    }

    private static JsonElement ToJson(IReadOnlyDictionary<string, string> fields)
    {
        using var document = JsonDocument.Parse(JsonSerializer.SerializeToUtf8Bytes(fields));
        return document.RootElement.Clone();
    }
}
