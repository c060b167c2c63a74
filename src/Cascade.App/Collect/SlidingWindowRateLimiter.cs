namespace Cascade.App.Collect;

/// <summary>
/// A sliding-window log per key: a key may spend at most <c>limit</c> permits in any window ending now. Memory is
/// bounded: a key keeps at most <c>limit</c> timestamps, and at most <c>maxKeys</c> keys are kept, in order of last
/// use, so that keys idle for a whole window are dropped first and the least recently used go when it is full.
/// Pure apart from the lock: time comes from the <see cref="TimeProvider"/>.
/// </summary>
public sealed class SlidingWindowRateLimiter(TimeSpan window, int maxKeys, TimeProvider time)
{
    private readonly Dictionary<string, LinkedListNode<KeyLog>> keys = new(StringComparer.Ordinal);
    private readonly LinkedList<KeyLog> byLastUse = new();
    private readonly Lock gate = new();

    public int TrackedKeys
    {
        get
        {
            lock (gate)
            {
                return keys.Count;
            }
        }
    }

    public RateLimitDecision TryAcquire(string key, int limit, int permits = 1)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(permits);
        if (permits > limit)
        {
            return RateLimitDecision.Refuse(window);
        }

        lock (gate)
        {
            var now = time.GetUtcNow();
            ForgetIdle(now);
            var log = Touch(key);
            while (log.Times.Count > 0 && log.Times.Peek() <= now - window)
            {
                log.Times.Dequeue();
            }

            var excess = log.Times.Count + permits - limit;
            if (excess > 0)
            {
                // The request fits once the excess oldest entries have left the window.
                var freedAt = log.Times.ElementAt(excess - 1) + window;
                return RateLimitDecision.Refuse(freedAt - now);
            }

            for (var i = 0; i < permits; i++)
            {
                log.Times.Enqueue(now);
            }

            log.LastUse = now;
            return RateLimitDecision.Allow;
        }
    }

    private KeyLog Touch(string key)
    {
        if (keys.TryGetValue(key, out var node))
        {
            byLastUse.Remove(node);
            byLastUse.AddLast(node);
            return node.Value;
        }

        while (keys.Count >= maxKeys && byLastUse.First is { } oldest)
        {
            Forget(oldest);
        }

        node = byLastUse.AddLast(new KeyLog(key));
        keys[key] = node;
        return node.Value;
    }

    // Keys are in last-use order, so the idle ones are at the front.
    private void ForgetIdle(DateTimeOffset now)
    {
        while (byLastUse.First is { } oldest && oldest.Value.LastUse <= now - window)
        {
            Forget(oldest);
        }
    }

    private void Forget(LinkedListNode<KeyLog> node)
    {
        keys.Remove(node.Value.Key);
        byLastUse.Remove(node);
    }

    private sealed class KeyLog(string key)
    {
        public string Key { get; } = key;

        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset LastUse { get; set; } = DateTimeOffset.MinValue;
    }
}
