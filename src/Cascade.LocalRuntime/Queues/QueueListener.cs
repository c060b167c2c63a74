using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;
using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Cascade.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime.Queues;

/// <summary>
/// Serves one queue-triggered function as the Storage Queues extension does: receives up to batchSize
/// messages at a time and runs them concurrently, polling for the next batch once no more than
/// newBatchThreshold are still running; deletes each message that succeeds, makes a failed one (an
/// exception, or a run past functionTimeout) visible again after visibilityTimeout, and after
/// maxDequeueCount failed attempts moves its original body to <c>&lt;queue&gt;-poison</c>. Polls again at
/// once while messages flow and backs off exponentially up to maxPollingInterval while the queue is empty.
/// </summary>
internal sealed partial class QueueListener(
    FunctionDescriptor function,
    QueueClient queue,
    QueueClient poison,
    string connection,
    QueueHostOptions options,
    FunctionTimeout timeout,
    IServiceProvider services,
    TimeProvider time,
    ILogger logger) : BackgroundService
{
    /// <summary>What this listener serves: its function, the queue it polls and the connection setting it reached it by.</summary>
    public ServedFunction Served => new(function.Name, "queueTrigger", QueueName: queue.Name, Connection: connection);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var running = new List<Task>();
        try
        {
            await PollAsync(running, stoppingToken);
        }
        finally
        {
            // Messages already taken finish (or are handed back) before the listener stops.
            await Task.WhenAll(running);
        }
    }

    private async Task PollAsync(List<Task> running, CancellationToken stoppingToken)
    {
        var delay = QueuePolling.First;
        var ready = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            running.RemoveAll(t => t.IsCompleted);
            if (running.Count > options.NewBatchThreshold)
            {
                await Task.WhenAny(running);
                continue;
            }

            QueueMessage[] messages = [];
            try
            {
                if (!ready)
                {
                    await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
                    ready = true;
                }

                messages = (await queue.ReceiveMessagesAsync(options.BatchSize, options.ProcessingVisibility, stoppingToken)).Value;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            // An outage surfaces as the SDK's AggregateException once its retries are spent, not only as
            // RequestFailedException; either way the listener waits and polls again instead of stopping for good.
            catch (Exception e) when (StorageFailures.IsStorageFailure(e))
            {
                LogPollFailed(logger, queue.Name, e.Message);
            }

            if (messages.Length > 0)
            {
                delay = QueuePolling.First;
                running.AddRange(messages.Select(m => Task.Run(() => ProcessSafelyAsync(m, stoppingToken), CancellationToken.None)));
                continue;
            }

            try
            {
                await Task.Delay(delay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            delay = QueuePolling.After(delay, options);
        }
    }

    // Settling a message can fail too (storage down, pop receipt gone); the message then comes back
    // after its processing lease, and the listener goes on instead of faulting and stopping the host.
    private async Task ProcessSafelyAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await ProcessAsync(message, stoppingToken);
        }
        catch (Exception e) when (StorageFailures.IsStorageFailure(e))
        {
            LogSettleFailed(logger, message.MessageId, queue.Name, e.Message);
        }
    }

    private async Task ProcessAsync(QueueMessage message, CancellationToken stoppingToken)
    {
        // A message past its attempts (its processor died mid-run) is poison without another try.
        if (message.DequeueCount > options.MaxDequeueCount)
        {
            await MoveToPoisonAsync(message);
            return;
        }

        await using var scope = services.CreateAsyncScope();
        using var limit = timeout.Start(function.Name, time, stoppingToken);
        var context = new LocalFunctionContext(function.Name, scope.ServiceProvider, limit.Token);
        try
        {
            var arguments = QueueArguments.Bind(function, message, context, limit.Token);
            await limit.RunAsync(() => FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, arguments));
            await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: hand the message back at once rather than after the processing lease.
            await ReleaseAsync(message, TimeSpan.Zero);
        }
        catch (Exception e)
        {
            LogFailed(logger, e, function.Name, message.MessageId, message.DequeueCount, context.InvocationId);
            if (message.DequeueCount >= options.MaxDequeueCount)
                await MoveToPoisonAsync(message);
            else
                await ReleaseAsync(message, options.VisibilityTimeout);
        }
    }

    private async Task ReleaseAsync(QueueMessage message, TimeSpan visibility)
    {
        try
        {
            await queue.UpdateMessageAsync(message.MessageId, message.PopReceipt, (BinaryData?)null, visibility, CancellationToken.None);
        }
        catch (Exception e) when (StorageFailures.IsStorageFailure(e))
        {
            // The message stays invisible until its processing lease ends, then comes back anyway.
            LogReleaseFailed(logger, message.MessageId, e.Message);
        }
    }

    private async Task MoveToPoisonAsync(QueueMessage message)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: CancellationToken.None);
        await poison.SendMessageAsync(message.Body, cancellationToken: CancellationToken.None);
        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, CancellationToken.None);
        LogPoisoned(logger, message.MessageId, queue.Name, poison.Name, message.DequeueCount);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Function {Function} failed on message {MessageId} (attempt {DequeueCount}, invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, string messageId, long dequeueCount, string invocationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message {MessageId} moved from {Queue} to {Poison} after {DequeueCount} attempts")]
    private static partial void LogPoisoned(ILogger logger, string messageId, string queue, string poison, long dequeueCount);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settling message {MessageId} of {Queue} failed: {Reason}")]
    private static partial void LogSettleFailed(ILogger logger, string messageId, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Polling queue {Queue} failed: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string queue, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Releasing message {MessageId} failed: {Reason}")]
    private static partial void LogReleaseFailed(ILogger logger, string messageId, string reason);
}
