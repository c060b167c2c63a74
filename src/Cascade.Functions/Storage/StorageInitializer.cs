using Cascade.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cascade.Functions.Storage;

/// <summary>
/// Creates Cascade's tables and queues (idempotent) when the app starts, so a fresh storage account works at
/// once. Storage that does not answer yet does not stop the app: health then says 503, and creation is retried
/// in the background until it succeeds.
/// </summary>
public sealed partial class StorageInitializer(CascadeStorage storage, TimeProvider time, ILogger<StorageInitializer> logger) : BackgroundService
{
    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(10);

    public static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(5);

    private readonly TaskCompletionSource firstAttempt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await base.StartAsync(cancellationToken);
        // The host starts serving only after this: the first requests find the tables unless storage is down.
        await firstAttempt.Task.WaitAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            attempt.CancelAfter(AttemptTimeout);
            try
            {
                await storage.EnsureCreatedAsync(attempt.Token);
                firstAttempt.TrySetResult();
                return;
            }
            catch (Exception e) when (StorageFailures.IsStorageFailure(e) && !stoppingToken.IsCancellationRequested)
            {
                LogRetrying(logger, e.Message);
                firstAttempt.TrySetResult();
            }

            try
            {
                await Task.Delay(RetryDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not create Cascade's tables and queues yet, retrying: {Reason}")]
    private static partial void LogRetrying(ILogger logger, string reason);
}
