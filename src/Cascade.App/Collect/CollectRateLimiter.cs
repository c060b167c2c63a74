using Microsoft.Extensions.Options;

namespace Cascade.App.Collect;

/// <summary>
/// The limits of <c>POST /api/collect</c>: requests per client address, then events per anonymous id, in one
/// bounded in-memory sliding window per instance (see <see cref="CollectRateLimits"/>).
/// </summary>
public sealed class CollectRateLimiter(IOptions<CollectRateLimits> options, TimeProvider time)
{
    private readonly CollectRateLimits limits = options.Value;
    private readonly SlidingWindowRateLimiter windows =
        new(options.Value.Window, options.Value.MaxTrackedKeys, time);

    /// <summary>Counts one request from <paramref name="address"/> (unknown addresses share one budget).</summary>
    public RateLimitDecision AcquireRequest(string? address) =>
        windows.TryAcquire("ip:" + (string.IsNullOrWhiteSpace(address) ? "unknown" : address), limits.RequestsPerAddress);

    /// <summary>Counts <paramref name="events"/> events of one visitor.</summary>
    public RateLimitDecision AcquireEvents(string anonymousId, int events) =>
        windows.TryAcquire("id:" + anonymousId, limits.EventsPerAnonymousId, events);
}
