namespace Cascade.App.Concurrency;

/// <summary>
/// Runs work per key with at most one run in progress and one waiting behind it, handing each run the items of every
/// request it answers. A request that arrives while a run waits joins that run, items and all: it has not started
/// reading yet, so it sees whatever the requester wrote before asking. A request that arrives while a run is in
/// progress (which may have read before the requester wrote, and whose items are fixed) starts the waiting one. So
/// under load N requests for a key cost at most two runs, and no request is answered by a run that began before it.
/// </summary>
/// <remarks>
/// The batching is within one process, where queue messages run concurrently (host.json <c>batchSize</c>); across
/// instances each still runs its own, which is why the work itself must be idempotent. The work runs with the
/// cancellation token of the request that started it; a failed or cancelled run fails every request that joined it,
/// so each of them is retried as it would have been alone.
/// </remarks>
public sealed class KeyedBatcher<TKey, TItem, TResult>
    where TKey : notnull
{
    private readonly Lock _gate = new();
    private readonly Dictionary<TKey, Slot> _slots = [];

    /// <summary>Keys with a run in progress or waiting (for tests and diagnostics).</summary>
    public int ActiveKeys
    {
        get
        {
            lock (_gate)
                return _slots.Count;
        }
    }

    public Task<TResult> RunAsync(
        TKey key, TItem item, Func<IReadOnlyList<TItem>, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        lock (_gate)
        {
            if (!_slots.TryGetValue(key, out var slot))
                _slots[key] = slot = new Slot();
            if (slot.Waiting is { } waiting)
            {
                waiting.Items.Add(item);
                return waiting.Task;
            }

            var run = new Run();
            run.Items.Add(item);
            var previous = slot.Running?.Task;
            if (previous is null)
                slot.Running = run;
            else
                slot.Waiting = run;
            run.Task = ExecuteAsync(key, slot, run, previous, work, cancellationToken);
            return run.Task;
        }
    }

    private async Task<TResult> ExecuteAsync(
        TKey key, Slot slot, Run run, Task? previous, Func<IReadOnlyList<TItem>, CancellationToken, Task<TResult>> work, CancellationToken cancellationToken)
    {
        if (previous is not null)
        {
            // The previous run's outcome belongs to its own requesters; this one only waits for it to end.
            await Task.WhenAny(previous).ConfigureAwait(false);
            lock (_gate)
            {
                slot.Running = run;
                slot.Waiting = null;
            }
        }

        try
        {
            // No request adds to a run once it is running, so its items are final here.
            return await work(run.Items, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_gate)
            {
                if (slot.Running == run)
                    slot.Running = null;
                if (slot.Running is null && slot.Waiting is null)
                    _slots.Remove(key);
            }
        }
    }

    private sealed class Slot
    {
        public Run? Running { get; set; }

        public Run? Waiting { get; set; }
    }

    private sealed class Run
    {
        public List<TItem> Items { get; } = [];

        public Task<TResult> Task { get; set; } = null!;
    }
}
