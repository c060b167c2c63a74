using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Health;

/// <summary>GET /api/health: anonymous, so load balancers and people can probe it without a key.</summary>
public sealed class GetHealth(StorageHealthProbe probe)
{
    [Function(nameof(GetHealth))]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request)
    {
        if (await probe.IsReachableAsync(request.HttpContext.RequestAborted))
            return new OkObjectResult(new HealthReport("ok", "ok"));
        return ProblemResults.ServiceUnavailable("Storage (queues or tables) did not answer in time.");
    }
}
