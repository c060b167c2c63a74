using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Tests.HostJson;

/// <summary>
/// host.json's <c>extensions.queues</c> and <c>functionTimeout</c>, one setting at a time, as the queue listener
/// honours them (the Storage Queues extension's semantics; defaults in QueueHostOptionsTests).
/// </summary>
public sealed class QueueHostJsonTests
{
    [Fact]
    public async Task BatchSize_IsHowManyMessagesEachPollTakes()
    {
        await using var run = await ListenerRun.StartAsync(
            Settings(("extensions:queues:batchSize", "3"), ("extensions:queues:newBatchThreshold", "0")),
            new Gate(), Messages(7));

        await run.UntilAsync(() => run.Queue.Bodies.Count == 0, "every message to be processed");

        Assert.All(run.Queue.Polls, poll => Assert.Equal(3, poll.Requested));
        Assert.Equal(7, run.Gate.Attempts);
    }

    [Fact]
    public async Task NewBatchThreshold_NextPollWaitsUntilNoMoreThanThatManyAreRunning()
    {
        await using var run = await ListenerRun.StartAsync(
            Settings(("extensions:queues:batchSize", "3"), ("extensions:queues:newBatchThreshold", "1")),
            new Gate { Hold = true }, Messages(6));
        await run.UntilAsync(() => run.Gate.Running == 3, "the first batch to run");

        run.Gate.Release();
        await run.UntilAsync(() => run.Gate.Running == 2, "one message to finish");
        var pollsWithTwoRunning = run.Queue.PollCount;
        run.Gate.Release();
        await run.UntilAsync(() => run.Queue.PollCount == 2, "the second poll");

        Assert.Equal(1, pollsWithTwoRunning);
        Assert.True(run.Queue.Polls[1].Taken <= 1, $"the second poll came with {run.Queue.Polls[1].Taken} messages still taken");
    }

    [Fact]
    public async Task MaxDequeueCount_FailingMessageIsTriedThatOftenThenMovedToPoisonWithItsBody()
    {
        await using var run = await ListenerRun.StartAsync(
            Settings(("extensions:queues:maxDequeueCount", "3"), ("extensions:queues:visibilityTimeout", "00:00:00")),
            new Gate { Fail = true }, "doomed");

        // The listener puts the poison copy before it deletes the original (so nothing is lost between): wait for both.
        await run.UntilAsync(() => run.Poison.Bodies.Count == 1 && run.Queue.Bodies.Count == 0, "the message moved to the poison queue");

        Assert.Equal(3, run.Gate.Attempts);
        Assert.Equal(["doomed"], run.Poison.Bodies);
        Assert.Empty(run.Queue.Bodies);
    }

    [Fact]
    public async Task VisibilityTimeout_IsHowLongAFailedMessageStaysHiddenBeforeItsRetry()
    {
        await using var run = await ListenerRun.StartAsync(
            Settings(("extensions:queues:visibilityTimeout", "00:00:45")), new Gate { Fail = true }, "retried");
        await run.UntilAsync(() => run.Queue.Releases.Count == 1, "the failed message to be handed back");
        var handedBackAt = run.Time.GetUtcNow();

        await run.UntilAsync(() => run.Gate.Attempts == 2, "the retry", TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(45), run.Queue.Releases[0]);
        Assert.True(run.Time.GetUtcNow() - handedBackAt >= TimeSpan.FromSeconds(44), "the retry came before the visibility timeout ended");
    }

    [Theory]
    [InlineData("00:00:01", new[] { 100, 200, 400, 800, 1000, 1000 })]
    [InlineData("00:00:00.300", new[] { 100, 200, 300, 300 })]
    public void MaxPollingInterval_CapsTheBackOffBetweenEmptyPolls(string maxPollingInterval, int[] expectedMilliseconds)
    {
        var options = Cascade.LocalRuntime.Queues.QueueHostOptions.FromConfiguration(
            Configuration(("extensions:queues:maxPollingInterval", maxPollingInterval)));

        var waits = new List<int>();
        var wait = Cascade.LocalRuntime.Queues.QueuePolling.First;
        for (var i = 0; i < expectedMilliseconds.Length; i++)
        {
            waits.Add((int)wait.TotalMilliseconds);
            wait = Cascade.LocalRuntime.Queues.QueuePolling.After(wait, options);
        }

        Assert.Equal(expectedMilliseconds, waits);
    }

    [Fact]
    public async Task MaxPollingInterval_EmptyQueueIsPolledAgainWithinTheCap()
    {
        await using var run = await ListenerRun.StartAsync(Settings(("extensions:queues:maxPollingInterval", "00:00:02")), new Gate());
        await run.UntilAsync(() => run.Queue.PollCount >= 8, "the back-off to reach its cap");

        for (var i = 0; i < 3; i++)
        {
            var polls = run.Queue.PollCount;
            run.Time.Advance(TimeSpan.FromSeconds(2));
            await run.UntilAsync(() => run.Queue.PollCount > polls, "a poll within maxPollingInterval", TimeSpan.Zero);
        }
    }

    [Fact]
    public async Task FunctionTimeout_CancelsTheInvocationAndCountsItAsAFailedAttempt()
    {
        await using var run = await ListenerRun.StartAsync(
            Settings(("functionTimeout", "00:01:00"), ("extensions:queues:visibilityTimeout", "00:00:10")), new Gate { Hang = true }, "slow");
        await run.UntilAsync(() => run.Gate.Running == 1, "the invocation to start");

        await run.UntilAsync(() => run.Queue.Releases.Count == 1, "the timed-out message to be handed back", TimeSpan.FromSeconds(1));

        await run.UntilAsync(() => run.Gate.Cancelled == 1, "the function to see its token cancelled", TimeSpan.Zero);
        Assert.Equal(TimeSpan.FromSeconds(10), run.Queue.Releases[0]);
        Assert.True(run.Time.GetUtcNow() >= new DateTimeOffset(2026, 3, 2, 9, 1, 0, TimeSpan.Zero), "cancelled before functionTimeout");
    }

    private static string[] Messages(int count) => Enumerable.Range(1, count).Select(i => "message-" + i).ToArray();

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings) =>
        settings.ToDictionary(s => s.Key, s => (string?)s.Value);

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>("AzureFunctionsJobHost:" + s.Key, s.Value)))
            .Build();
}
