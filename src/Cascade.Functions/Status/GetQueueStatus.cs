using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Status;

/// <summary>GET /api/status/queues: how much work waits in each queue and how much was poisoned.</summary>
public sealed class GetQueueStatus(QueueStatusReader reader)
{
    [Function(nameof(GetQueueStatus))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "status/queues")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => new OkObjectResult(await reader.ReadAsync(cancellationToken)));
}
