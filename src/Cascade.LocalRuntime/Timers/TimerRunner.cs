using Azure;
using Cascade.LocalRuntime.Discovery;
using Cascade.LocalRuntime.Invocation;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Cascade.LocalRuntime.Timers;

/// <summary>
/// Runs one [TimerTrigger] function on its schedule. Each occurrence is claimed in the
/// <see cref="TimerLeaseStore"/> first, so with several runtimes on one storage account each
/// occurrence runs once, one runner at a time. With UseMonitor a runtime that starts after missed
/// occurrences runs the latest of them at once, past due; failed runs are logged, not retried.
/// </summary>
internal sealed partial class TimerRunner(
    FunctionDescriptor function,
    TimerSchedule schedule,
    TimerLeaseStore leases,
    FunctionTimeout timeout,
    IServiceProvider services,
    TimeProvider time,
    ILogger logger) : BackgroundService
{
    private static readonly TimeSpan BusyRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan PastDueTolerance = TimeSpan.FromSeconds(1);

    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(5);

    /// <summary>What this runner serves: its function and the schedule it runs on.</summary>
    public ServedFunction Served
    {
        get
        {
            var trigger = function.TriggerAs<TimerTriggerAttribute>();
            return new(function.Name, "timerTrigger", Schedule: schedule.Text, UseMonitor: trigger.UseMonitor, RunOnStartup: trigger.RunOnStartup);
        }
    }

    // A runner never ends by itself: a storage error is logged and the schedule picks up again
    // (from the recorded last occurrence), instead of faulting the service and stopping the host.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunScheduleAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e)
            {
                LogScheduleFailed(logger, e, function.Name);
                try
                {
                    await Task.Delay(RestartDelay, time, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    private async Task RunScheduleAsync(CancellationToken stoppingToken)
    {
        var trigger = function.TriggerAs<TimerTriggerAttribute>();
        await leases.InitializeAsync(stoppingToken);
        var last = trigger.UseMonitor ? await leases.ReadLastAsync(function.Name, stoppingToken) : null;
        if (trigger.RunOnStartup)
        {
            var now = time.GetUtcNow();
            last = await RunOccurrenceAsync(new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero), last, false, stoppingToken);
        }

        var next = schedule.Next(last ?? time.GetUtcNow());
        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = next - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                // A timer may wake a little before the wall clock reaches `next`: wait again then.
                await Task.Delay(wait, time, stoppingToken);
                continue;
            }

            var now = time.GetUtcNow();
            var due = schedule.Latest(next, now) ?? next;
            last = await RunOccurrenceAsync(due, last, now - due > PastDueTolerance, stoppingToken);
            next = schedule.Next(last is { } l && l > due ? l : due);
        }
    }

    /// <summary>Claims and runs one occurrence; returns the last occurrence run by any runner.</summary>
    private async Task<DateTimeOffset> RunOccurrenceAsync(DateTimeOffset due, DateTimeOffset? previous, bool pastDue, CancellationToken stoppingToken)
    {
        while (true)
        {
            var claim = await leases.TryClaimAsync(function.Name, due, stoppingToken);
            switch (claim.Outcome)
            {
                case TimerClaimOutcome.AlreadyRun:
                    return claim.Last ?? due;
                case TimerClaimOutcome.Busy:
                    await Task.Delay(BusyRetry, time, stoppingToken);
                    continue;
                default:
                    await RunHoldingLeaseAsync(due, claim.Last ?? previous, pastDue, claim.ETag, stoppingToken);
                    return due;
            }
        }
    }

    private async Task RunHoldingLeaseAsync(DateTimeOffset due, DateTimeOffset? previous, bool pastDue, ETag etag, CancellationToken stoppingToken)
    {
        using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var renewing = RenewAsync(due, etag, renewal.Token);
        await using var scope = services.CreateAsyncScope();
        using var limit = timeout.Start(function.Name, time, stoppingToken);
        var context = new LocalFunctionContext(function.Name, scope.ServiceProvider, limit.Token);
        var timer = new TimerInfo
        {
            IsPastDue = pastDue,
            // As in the host: Last is the previous occurrence, Next the one being run now.
            ScheduleStatus = new ScheduleStatus
            {
                Last = previous?.UtcDateTime ?? default,
                Next = due.UtcDateTime,
                LastUpdated = time.GetUtcNow().UtcDateTime,
            },
        };
        try
        {
            var arguments = TimerArguments.Bind(function, timer, context, limit.Token);
            await limit.RunAsync(() => FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, arguments));
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            LogFailed(logger, e, function.Name, due, context.InvocationId);
        }
        finally
        {
            await renewal.CancelAsync();
            var held = await renewing;
            if (held is { } current)
                await leases.ReleaseAsync(function.Name, due, current);
        }
    }

    // Keeps the lease alive while the function runs; returns the ETag to release with, null if lost.
    private async Task<ETag?> RenewAsync(DateTimeOffset due, ETag etag, CancellationToken cancellationToken)
    {
        ETag? current = etag;
        try
        {
            while (current is not null)
            {
                await Task.Delay(TimerLeaseStore.LeaseDuration / 3, time, cancellationToken);
                current = await leases.RenewAsync(function.Name, due, current.Value, cancellationToken);
                if (current is null)
                    LogLeaseLost(logger, function.Name, due);
            }
        }
        catch (OperationCanceledException)
        {
        }

        return current;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer function {Function} failed for {Occurrence:O} (invocation {InvocationId})")]
    private static partial void LogFailed(ILogger logger, Exception exception, string function, DateTimeOffset occurrence, string invocationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer runner of {Function} failed; it restarts shortly")]
    private static partial void LogScheduleFailed(ILogger logger, Exception exception, string function);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer function {Function} lost its lease while running {Occurrence:O}")]
    private static partial void LogLeaseLost(ILogger logger, string function, DateTimeOffset occurrence);
}
