namespace Cascade.LocalRuntime.Invocation;

/// <summary>
/// One invocation under <see cref="FunctionTimeout"/>: <see cref="Token"/> is what the function is given; it fires
/// when the caller cancels or the limit is reached. <see cref="RunAsync"/> stops waiting at the limit even for a
/// function that ignores its token, and reports the timeout as a <see cref="FunctionTimeoutException"/>.
/// </summary>
public sealed class InvocationLimit : IDisposable
{
    private readonly string function;
    private readonly TimeSpan limit;
    private readonly CancellationToken caller;
    private readonly CancellationTokenSource timeout;
    private readonly CancellationTokenSource linked;

    internal InvocationLimit(string function, TimeSpan limit, TimeProvider time, CancellationToken caller)
    {
        this.function = function;
        this.limit = limit;
        this.caller = caller;
        timeout = limit == Timeout.InfiniteTimeSpan ? new CancellationTokenSource() : new CancellationTokenSource(limit, time);
        linked = CancellationTokenSource.CreateLinkedTokenSource(caller, timeout.Token);
    }

    public CancellationToken Token => linked.Token;

    public async Task<T> RunAsync<T>(Func<Task<T>> invocation)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        try
        {
            return await invocation().WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !caller.IsCancellationRequested)
        {
            // The wait can end before the function's own token has heard of the timeout (callbacks run in turn);
            // cancel it now, before this limit is disposed and the link with it.
            await linked.CancelAsync();
            throw new FunctionTimeoutException(function, limit);
        }
    }

    public void Dispose()
    {
        linked.Dispose();
        timeout.Dispose();
    }
}
