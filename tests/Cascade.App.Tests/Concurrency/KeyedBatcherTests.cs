using Cascade.App.Concurrency;

namespace Cascade.App.Tests.Concurrency;

/// <summary>The items of <see cref="KeyedBatcher{TKey, TItem, TResult}"/> (its runs' timing is <see cref="KeyedCoalescerTests"/>').</summary>
public sealed class KeyedBatcherTests
{
    [Fact]
    public async Task RequestsJoiningTheWaitingRun_HandItTheirItems_AndALaterRequestGetsARunWithOnlyItsOwn()
    {
        var batcher = new KeyedBatcher<string, int, int>();
        var gates = new List<TaskCompletionSource>();
        var seen = new List<int[]>();
        async Task<int> Work(IReadOnlyList<int> items, CancellationToken cancellationToken)
        {
            var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (gates)
            {
                gates.Add(gate);
                seen.Add([.. items]);
            }

            await gate.Task;
            return items.Sum();
        }

        var first = batcher.RunAsync("acme", 1, Work);
        var second = batcher.RunAsync("acme", 2, Work);
        var third = batcher.RunAsync("acme", 3, Work);
        gates[0].SetResult();
        Assert.Equal(1, await first);
        await Cascade.Testing.Eventually.GetAsync(() => Task.FromResult(gates.Count), n => n == 2, "the waiting run started");

        // The running second run's items are fixed: this request waits for a run of its own.
        var fourth = batcher.RunAsync("acme", 4, Work);
        gates[1].SetResult();
        Assert.Equal(5, await second);
        Assert.Equal(5, await third);
        await Cascade.Testing.Eventually.GetAsync(() => Task.FromResult(gates.Count), n => n == 3, "the fourth run started");
        gates[2].SetResult();

        Assert.Equal(4, await fourth);
        Assert.Equal([[1], [2, 3], [4]], seen);
        Assert.Equal(0, batcher.ActiveKeys);
    }
}
