using Cascade.App.Ingestion;

namespace Cascade.App.Collect;

/// <summary>
/// The use case behind <c>POST /api/collect</c>: drops bots, limits each client address and visitor, reads
/// the events and hands them to the same edge ingestion as <c>POST /api/touchpoints</c> (idempotent per event id,
/// queued in batches). The body size is bounded by the caller before it reads the body.
/// </summary>
public sealed class CollectService(TouchpointIngestion ingestion, CollectRateLimiter limiter, TimeProvider time)
{
    public async Task<CollectResult> AcceptAsync(CollectRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (BotFilter.IsBot(request.UserAgent))
        {
            return CollectResult.Bot;
        }

        // The address is counted before reading, so a flood of junk bodies is limited too.
        var byAddress = limiter.AcquireRequest(request.ClientAddress);
        if (!byAddress.Allowed)
        {
            return CollectResult.Limited(byAddress.RetryAfter);
        }

        var events = CollectReader.Read(request.Body, time.GetUtcNow());
        if (!events.IsValid)
        {
            return new CollectResult(CollectOutcome.Invalid, Errors: events.Errors);
        }

        foreach (var visitor in events.Value!.GroupBy(t => t.AnonymousId!, StringComparer.Ordinal))
        {
            var byVisitor = limiter.AcquireEvents(visitor.Key, visitor.Count());
            if (!byVisitor.Allowed)
            {
                return CollectResult.Limited(byVisitor.RetryAfter);
            }
        }

        var outcome = await ingestion.AcceptAsync(events.Value!, cancellationToken);
        return new CollectResult(CollectOutcome.Accepted, outcome);
    }
}
