namespace Cascade.Storage.Tables;

/// <summary>
/// How often an optimistic write is retried after losing a race (412 on If-Match, 409 on a concurrent
/// insert), and how long to wait between attempts. The delay grows linearly so concurrent writers spread out.
/// </summary>
public sealed record ETagRetryOptions
{
    public static ETagRetryOptions Default { get; } = new();

    /// <summary>Attempts in all, the first included. Each round of a race has a winner, so this bounds the writers one update can outlast.</summary>
    public int MaxAttempts { get; init; } = 16;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(5);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock the delays run on (a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    internal TimeSpan DelayAfter(int attempt)
    {
        var delay = BaseDelay * attempt;
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
