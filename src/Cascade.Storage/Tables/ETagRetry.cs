using Azure;

namespace Cascade.Storage.Tables;

/// <summary>
/// Runs a read-decide-write attempt until it wins: an attempt re-reads the entity (with its ETag),
/// decides, and writes with If-Match (or inserts); a lost race (412, or 409 from a concurrent insert)
/// runs it again, up to <see cref="ETagRetryOptions.MaxAttempts"/>, then throws
/// <see cref="ConcurrencyConflictException"/>. Never last-writer-wins.
/// </summary>
public static class ETagRetry
{
    public static async Task<T> RunAsync<T>(
        string operation, ETagRetryOptions options, Func<CancellationToken, Task<T>> attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(attempt);
        for (var i = 1; ; i++)
        {
            try
            {
                return await attempt(cancellationToken);
            }
            catch (RequestFailedException e) when (IsLostRace(e))
            {
                if (i >= options.MaxAttempts)
                {
                    throw new ConcurrencyConflictException(
                        $"{operation}: still conflicting after {i} attempts (HTTP {e.Status}); too many concurrent writers on one entity.", e);
                }
            }

            await Task.Delay(options.DelayAfter(i), options.TimeProvider, cancellationToken);
        }
    }

    /// <summary>412: the ETag moved on. 409: someone inserted the entity first.</summary>
    public static bool IsLostRace(RequestFailedException exception) =>
        exception?.Status is 412 or 409;
}
