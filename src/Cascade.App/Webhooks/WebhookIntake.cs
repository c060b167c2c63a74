using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Microsoft.Extensions.Options;

namespace Cascade.App.Webhooks;

/// <summary>
/// <c>POST /api/webhooks/{source}</c>: trusts a delivery only when its signature verifies with the source's secret
/// (<c>Cascade:WebhookSecrets:&lt;source&gt;</c>), then reads it — Segment events for source <c>segment</c>, touchpoint
/// payloads for every other source — and queues it as the touchpoint and people endpoints do.
/// </summary>
public sealed class WebhookIntake(
    TouchpointIngestion touchpoints, PersonIngestion people, IOptions<CascadeOptions> options, TimeProvider time)
{
    public const string SegmentSource = "segment";

    public async Task<WebhookIntakeResult> AcceptAsync(
        string source, string? timestamp, string? signature, ReadOnlyMemory<byte> body, CancellationToken cancellationToken = default)
    {
        var secret = options.Value.WebhookSecrets.FirstOrDefault(s => string.Equals(s.Key, source, StringComparison.OrdinalIgnoreCase)).Value;
        var verdict = WebhookSignature.Verify(secret, timestamp, signature, body.Span, time.GetUtcNow());
        if (verdict != WebhookVerdict.Valid)
        {
            return WebhookIntakeResult.Unauthorized(verdict);
        }

        if (!string.Equals(source, SegmentSource, StringComparison.OrdinalIgnoreCase))
        {
            var read = TouchpointReader.ReadBatch(body);
            return read.IsValid
                ? WebhookIntakeResult.Accepted(await touchpoints.AcceptAsync(read.Value!, cancellationToken))
                : WebhookIntakeResult.Invalid(read.Errors);
        }

        var segment = SegmentEventReader.Read(body);
        if (!segment.IsValid)
        {
            return WebhookIntakeResult.Invalid(segment.Errors);
        }

        var batch = segment.Value!;
        var outcome = batch.Touchpoints.Count > 0 ? await touchpoints.AcceptAsync(batch.Touchpoints, cancellationToken) : new IngestionOutcome(0);
        foreach (var person in batch.People)
        {
            await people.AcceptAsync(person, cancellationToken);
        }

        return WebhookIntakeResult.Accepted(outcome with { Accepted = outcome.Accepted + batch.People.Count });
    }
}
