using Azure.Data.Tables;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;

namespace Cascade.LocalRuntime.Tests.TestFunctions;

/// <summary>A queue function for the tests: records each message's body, and fails on bodies starting with "fail".</summary>
public sealed class RecordMessage(IConfiguration configuration)
{
    [Function(nameof(RecordMessage))]
    public async Task Run([QueueTrigger("%TestQueue%")] TestMessage message, long dequeueCount, CancellationToken cancellationToken)
    {
        if (message.Id.StartsWith("fail", StringComparison.Ordinal))
            throw new InvalidOperationException("this message always fails");
        var table = new TableClient(configuration["AzureWebJobsStorage"], configuration["TestRecordsTable"]);
        await table.UpsertEntityAsync(new TableEntity("queue", message.Id) { ["DequeueCount"] = dequeueCount }, cancellationToken: cancellationToken);
    }
}
