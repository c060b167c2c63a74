using Cascade.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Cascade.Functions.Http;

/// <summary>
/// Runs a function's call into the application layer so that storage that does not answer (an Azure error, a
/// network failure, a timeout) is answered 503 problem details — never 202 for work that was not durably
/// queued, and never a 500 the client cannot act on. Other exceptions are bugs and propagate.
/// </summary>
public static class StorageGuard
{
    /// <summary>How long a request may wait for storage (the SDK's own retries included) before it is answered 503.</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    public static async Task<IActionResult> RunAsync(HttpRequest request, Func<CancellationToken, Task<IActionResult>> call)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(call);
        var aborted = request.HttpContext.RequestAborted;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        timeout.CancelAfter(Timeout);
        try
        {
            return await call(timeout.Token);
        }
        catch (Exception e) when (StorageFailures.IsStorageFailure(e) && !aborted.IsCancellationRequested)
        {
            return ProblemResults.ServiceUnavailable("Storage did not answer; nothing was accepted. Retry later.");
        }
    }
}
