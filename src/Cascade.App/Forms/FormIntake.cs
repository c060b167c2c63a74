using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Microsoft.Extensions.Options;

namespace Cascade.App.Forms;

/// <summary>
/// <c>POST /api/forms/{formId}</c>: reads the posted fields under the form's definition and queues the touchpoint.
/// A filled honeypot is checked first, so a bot gets the same answer as a person whatever else it sent, and
/// nothing of it is stored.
/// </summary>
public sealed class FormIntake(TouchpointIngestion ingestion, IOptions<CascadeOptions> options, TimeProvider time)
{
    /// <summary>Queues the post of <paramref name="fields"/> to <paramref name="formId"/>; <paramref name="newSubmissionId"/> is the id a post without <c>submissionId</c> gets (drawn by the caller).</summary>
    public async Task<FormIntakeResult> AcceptAsync(
        string formId, IReadOnlyDictionary<string, string> fields, string newSubmissionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var definition = options.Value.Forms.DefinitionOf(formId);
        if (fields.TryGetValue(FormSubmissionReader.HoneypotField, out var honeypot) && !string.IsNullOrWhiteSpace(honeypot))
        {
            return new FormIntakeResult(FormIntakeOutcome.Spam, new IngestionOutcome(1), null, definition.RedirectUrl);
        }

        var read = FormSubmissionReader.Read(formId, fields, definition, time.GetUtcNow(), newSubmissionId);
        if (!read.IsValid)
        {
            return new FormIntakeResult(FormIntakeOutcome.Invalid, new IngestionOutcome(0), read.Errors, definition.RedirectUrl);
        }

        var outcome = await ingestion.AcceptAsync([read.Value!.Touchpoint], cancellationToken);
        return new FormIntakeResult(FormIntakeOutcome.Accepted, outcome, null, definition.RedirectUrl);
    }

    /// <summary>
    /// Whether a browser on <paramref name="origin"/> may post forms: no Origin header (a server-side post) is
    /// allowed; otherwise the origin must be listed in <c>Cascade:Forms:AllowedOrigins</c> (scheme, host and port,
    /// case-insensitive, a trailing slash ignored) or the list must hold <c>*</c>.
    /// </summary>
    public bool IsOriginAllowed(string? origin)
    {
        if (string.IsNullOrEmpty(origin))
        {
            return true;
        }

        var given = origin.TrimEnd('/');
        return options.Value.Forms.AllowedOriginList.Any(allowed =>
            allowed == "*" || string.Equals(allowed.TrimEnd('/'), given, StringComparison.OrdinalIgnoreCase));
    }
}
