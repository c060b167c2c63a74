using Cascade.App.Rebuild;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Admin;

/// <summary>GET /api/admin/rebuild: the latest rebuild's progress (404 when none was asked for).</summary>
public sealed class GetRebuildStatus(ReadModelRebuild rebuild)
{
    [Function(nameof(GetRebuildStatus))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "admin/rebuild")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken =>
            await rebuild.StatusAsync(cancellationToken) is { } status
                ? new OkObjectResult(status)
                : ProblemResults.NotFound("No rebuild was asked for."));
}
