using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Tests.TestFunctions;

/// <summary>A timer function for the tests: records every occurrence it runs, with its invocation id.</summary>
public sealed class RecordTick(IConfiguration configuration)
{
    [Function(nameof(RecordTick))]
    public async Task Run([TimerTrigger("%TestTimerSchedule%")] TimerInfo timer, FunctionContext context)
    {
        var table = new TableClient(configuration["AzureWebJobsStorage"], configuration["TestRecordsTable"]);
        var occurrence = timer.ScheduleStatus!.Next.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture);
        // One row per invocation: two runners running one occurrence would leave two rows for it.
        await table.AddEntityAsync(new TableEntity("timer", occurrence + "-" + context.InvocationId) { ["Occurrence"] = occurrence });
    }
}
