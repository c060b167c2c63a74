namespace Cascade.App.Concurrency;

/// <summary>
/// Runs work per key with at most one run in progress and one waiting behind it (<see cref="KeyedBatcher{TKey, TItem, TResult}"/>
/// without items): a request that arrives while a run waits joins that run, one that arrives while a run is in progress
/// starts the waiting one. So under load N requests for a key cost at most two runs, and no request is answered by a
/// run that began before it. A joining request's work is not run: the run's own answers it.
/// </summary>
public sealed class KeyedCoalescer<TKey, TResult>
    where TKey : notnull
{
    private readonly KeyedBatcher<TKey, bool, TResult> _runs = new();

    /// <summary>Keys with a run in progress or waiting (for tests and diagnostics).</summary>
    public int ActiveKeys => _runs.ActiveKeys;

    public Task<TResult> RunAsync(TKey key, Func<CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        return _runs.RunAsync(key, true, (_, ct) => work(ct), cancellationToken);
    }
}
