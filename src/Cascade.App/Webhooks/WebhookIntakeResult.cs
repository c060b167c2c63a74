using Cascade.App.Ingestion;
using Cascade.App.Validation;

namespace Cascade.App.Webhooks;

/// <summary>A webhook delivery's outcome: what was queued, why it was refused, or why it is not trusted.</summary>
public sealed record WebhookIntakeResult(WebhookIntakeOutcome Outcome, IngestionOutcome? Ingested, ValidationErrors? Errors, WebhookVerdict Verdict)
{
    public static WebhookIntakeResult Accepted(IngestionOutcome ingested) => new(WebhookIntakeOutcome.Accepted, ingested, null, WebhookVerdict.Valid);

    public static WebhookIntakeResult Invalid(ValidationErrors errors) => new(WebhookIntakeOutcome.Invalid, null, errors, WebhookVerdict.Valid);

    public static WebhookIntakeResult Unauthorized(WebhookVerdict verdict) => new(WebhookIntakeOutcome.Unauthorized, null, null, verdict);
}
