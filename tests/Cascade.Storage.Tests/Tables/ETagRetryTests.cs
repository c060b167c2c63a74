using Azure;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Tests.Tables;

public sealed class ETagRetryTests
{
    private static readonly ETagRetryOptions NoDelay = new() { MaxAttempts = 4, BaseDelay = TimeSpan.Zero };

    [Fact]
    public async Task RunAsync_AlwaysPreconditionFailed_ThrowsAfterMaxAttempts()
    {
        var attempts = 0;

        var error = await Assert.ThrowsAsync<ConcurrencyConflictException>(() => ETagRetry.RunAsync<int>("op", NoDelay, _ =>
        {
            attempts++;
            throw new RequestFailedException(412, "precondition failed");
        }, CancellationToken.None));

        Assert.Equal(4, attempts);
        Assert.Contains("op", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ConflictThenSuccess_ReturnsTheResult()
    {
        var attempts = 0;

        var result = await ETagRetry.RunAsync("op", NoDelay, _ =>
            ++attempts < 3 ? throw new RequestFailedException(409, "conflict") : Task.FromResult(attempts), CancellationToken.None);

        Assert.Equal(3, result);
    }

    [Fact]
    public async Task RunAsync_OtherFailure_IsNotRetried()
    {
        var attempts = 0;

        await Assert.ThrowsAsync<RequestFailedException>(() => ETagRetry.RunAsync<int>("op", NoDelay, _ =>
        {
            attempts++;
            throw new RequestFailedException(500, "boom");
        }, CancellationToken.None));

        Assert.Equal(1, attempts);
    }
}
