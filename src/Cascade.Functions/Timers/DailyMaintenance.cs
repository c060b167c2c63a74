using Cascade.App.Jobs;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Timers;

/// <summary>03:00 UTC daily: dormancy and the recycling of lost and rejected leads.</summary>
public sealed class DailyMaintenance(DailyMaintenanceJob job)
{
    public const string Schedule = "0 0 3 * * *";

    [Function(nameof(DailyMaintenance))]
    public Task Run([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken cancellationToken) =>
        job.RunAsync(cancellationToken);
}
