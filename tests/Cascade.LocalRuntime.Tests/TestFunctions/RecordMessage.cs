using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Tests.TestFunctions;

/// <summary>A queue function for the tests: records each message's id, and fails (recording the attempt) on ids starting with "fail".</summary>
public sealed class RecordMessage(IConfiguration configuration)
{
    [Function(nameof(RecordMessage))]
    public async Task Run([QueueTrigger("%TestQueue%")] TestMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        var table = new TableClient(configuration["AzureWebJobsStorage"], configuration["TestRecordsTable"]);
        if (message.Id.StartsWith("fail", StringComparison.Ordinal))
        {
            // One row per attempt, so the test can count the dequeues before the message was poisoned.
            await table.UpsertEntityAsync(new TableEntity("attempt", $"{message.Id}-{dequeueCount}"), cancellationToken: cancellationToken);
            throw new InvalidOperationException("this message always fails");
        }

        await table.UpsertEntityAsync(new TableEntity("queue", message.Id) { ["DequeueCount"] = dequeueCount }, cancellationToken: cancellationToken);
    }
}
