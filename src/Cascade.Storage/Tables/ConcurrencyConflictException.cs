namespace Cascade.Storage.Tables;

/// <summary>
/// An optimistic write kept losing races after every allowed attempt. Not an expected outcome: it means
/// contention far above what the partition design expects, so it surfaces (and the queue retries the message).
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    public ConcurrencyConflictException()
    {
    }

    public ConcurrencyConflictException(string message)
        : base(message)
    {
    }

    public ConcurrencyConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
