using Cascade.App.Concurrency;
using Cascade.Testing;

namespace Cascade.App.Tests.Concurrency;

public sealed class KeyedCoalescerTests
{
    // Each run of the work is one gate the test opens, so the test decides when a run ends.
    private sealed class GatedWork
    {
        private readonly List<TaskCompletionSource<int>> _runs = [];

        public int Started
        {
            get
            {
                lock (_runs)
                    return _runs.Count;
            }
        }

        public Task<int> StartedAsync(int runs) =>
            Eventually.GetAsync(() => Task.FromResult(Started), started => started == runs, $"{runs} runs started");

        public Task<int> RunAsync(CancellationToken cancellationToken)
        {
            var gate = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_runs)
                _runs.Add(gate);
            return gate.Task;
        }

        public void Finish(int run, int result) => Gate(run).SetResult(result);

        public void Fail(int run, Exception error) => Gate(run).SetException(error);

        private TaskCompletionSource<int> Gate(int run)
        {
            lock (_runs)
                return _runs[run];
        }
    }

    [Fact]
    public async Task RequestsWhileARunIsInProgress_ShareOneRunThatStartsAfterIt()
    {
        var coalescer = new KeyedCoalescer<string, int>();
        var work = new GatedWork();

        var first = coalescer.RunAsync("ada", work.RunAsync);
        var second = coalescer.RunAsync("ada", work.RunAsync);
        var third = coalescer.RunAsync("ada", work.RunAsync);

        Assert.Equal(1, work.Started);
        Assert.Same(second, third);
        work.Finish(0, 10);
        Assert.Equal(10, await first);
        await work.StartedAsync(2);
        Assert.False(second.IsCompleted);

        work.Finish(1, 20);
        Assert.Equal(20, await second);
        Assert.Equal(20, await third);
        Assert.Equal(2, work.Started);
        Assert.Equal(0, coalescer.ActiveKeys);
    }

    [Fact]
    public async Task ARequestAfterTheWaitingRunStarted_GetsARunOfItsOwn()
    {
        var coalescer = new KeyedCoalescer<string, int>();
        var work = new GatedWork();
        var first = coalescer.RunAsync("ada", work.RunAsync);
        var second = coalescer.RunAsync("ada", work.RunAsync);
        work.Finish(0, 1);
        await first;
        await work.StartedAsync(2);

        // The second run may have read before this request's facts were written: it must not answer it.
        var third = coalescer.RunAsync("ada", work.RunAsync);

        Assert.NotSame(second, third);
        work.Finish(1, 2);
        Assert.Equal(2, await second);
        await work.StartedAsync(3);
        work.Finish(2, 3);
        Assert.Equal(3, await third);
    }

    [Fact]
    public async Task DifferentKeys_RunSideBySide()
    {
        var coalescer = new KeyedCoalescer<string, int>();
        var work = new GatedWork();

        var ada = coalescer.RunAsync("ada", work.RunAsync);
        var bob = coalescer.RunAsync("bob", work.RunAsync);

        Assert.Equal(2, work.Started);
        work.Finish(1, 2);
        work.Finish(0, 1);
        Assert.Equal(1, await ada);
        Assert.Equal(2, await bob);
        Assert.Equal(0, coalescer.ActiveKeys);
    }

    [Fact]
    public async Task AFailedRun_FailsItsRequestersOnly_AndTheNextRunStillHappens()
    {
        var coalescer = new KeyedCoalescer<string, int>();
        var work = new GatedWork();
        var first = coalescer.RunAsync("ada", work.RunAsync);
        var second = coalescer.RunAsync("ada", work.RunAsync);

        work.Fail(0, new InvalidOperationException("storage said no"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => first);
        await work.StartedAsync(2);
        work.Finish(1, 7);
        Assert.Equal(7, await second);
        Assert.Equal(0, coalescer.ActiveKeys);
    }

    [Fact]
    public async Task ManyConcurrentRequests_NeverRunTheWorkTwiceAtOnce_AndEveryRequestIsAnswered()
    {
        var coalescer = new KeyedCoalescer<string, int>();
        var running = 0;
        var mostAtOnce = 0;
        var runs = 0;
        async Task<int> Work(CancellationToken cancellationToken)
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref mostAtOnce, now);
            var run = Interlocked.Increment(ref runs);
            await Task.Yield();
            Interlocked.Decrement(ref running);
            return run;
        }

        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(_ => Task.Run(() => coalescer.RunAsync("ada", Work))));

        Assert.Equal(1, mostAtOnce);
        Assert.All(answers, a => Assert.InRange(a, 1, runs));
        Assert.Equal(0, coalescer.ActiveKeys);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var current = Volatile.Read(ref target);
        while (value > current && Interlocked.CompareExchange(ref target, value, current) != current)
            current = Volatile.Read(ref target);
    }
}
