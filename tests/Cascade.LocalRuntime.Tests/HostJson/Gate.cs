namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>What <see cref="GatedFunction"/> does, and what it has seen.</summary>
public sealed class Gate : IDisposable
{
    private readonly SemaphoreSlim released = new(0);
    private int running;
    private int attempts;
    private int cancelled;

    public bool Hold { get; init; }

    public bool Fail { get; init; }

    public bool Hang { get; init; }

    public int Running => Volatile.Read(ref running);

    public int Attempts => Volatile.Read(ref attempts);

    public int Cancelled => Volatile.Read(ref cancelled);

    public void Started(string message)
    {
        Interlocked.Increment(ref attempts);
        Interlocked.Increment(ref running);
    }

    public void Ended() => Interlocked.Decrement(ref running);

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            await released.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            Interlocked.Increment(ref cancelled);
            throw;
        }
    }

    public void Release() => released.Release();

    public void CountCancelled() => Interlocked.Increment(ref cancelled);

    public void Dispose() => released.Dispose();
}
