using Azure;

namespace Cascade.Storage.Tests;

public sealed class StorageFailuresTests
{
    public static TheoryData<Exception, bool> Exceptions() => new()
    {
        { new RequestFailedException(503, "Server busy"), true },
        { new HttpRequestException("connection refused"), true },
        { new TimeoutException(), true },
        { new TaskCanceledException(), true },
        { new System.Net.Sockets.SocketException(), true },
        { new AggregateException(new RequestFailedException("down"), new HttpRequestException("refused")), true },
        { new AggregateException(new RequestFailedException("down"), new InvalidOperationException()), false },
        { new InvalidOperationException("a bug"), false },
        { new NullReferenceException(), false },
    };

    [Theory]
    [MemberData(nameof(Exceptions))]
    public void IsStorageFailure_TellsStorageThatDidNotAnswerFromABug(Exception exception, bool expected) =>
        Assert.Equal(expected, StorageFailures.IsStorageFailure(exception));
}
