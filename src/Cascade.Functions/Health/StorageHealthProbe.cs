using Azure;
using Cascade.Storage;
using Microsoft.Extensions.Logging;

namespace Cascade.Functions.Health;

/// <summary>
/// Tells whether the queue and table services answer, with one cheap listing call each (a page of one
/// item) under a short timeout, so a health check never hangs on an unreachable account.
/// </summary>
public sealed partial class StorageHealthProbe(CascadeStorage storage, TimeProvider time, ILogger<StorageHealthProbe> logger)
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public async Task<bool> IsReachableAsync(CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        try
        {
            await Task.WhenAll(ProbeQueuesAsync(linked.Token), ProbeTablesAsync(linked.Token));
            return true;
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or AggregateException
                                      or Azure.Identity.AuthenticationFailedException)
        {
            LogUnreachable(logger, e.Message);
            return false;
        }
    }

    private async Task ProbeQueuesAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in storage.Queues.GetQueuesAsync(cancellationToken: cancellationToken).AsPages(pageSizeHint: 1))
            return;
    }

    private async Task ProbeTablesAsync(CancellationToken cancellationToken)
    {
        await foreach (var _ in storage.Tables.QueryAsync(maxPerPage: 1, cancellationToken: cancellationToken).AsPages())
            return;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Storage is unreachable: {Reason}")]
    private static partial void LogUnreachable(ILogger logger, string reason);
}
