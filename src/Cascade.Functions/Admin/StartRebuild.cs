using Cascade.App.Rebuild;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Admin;

/// <summary>POST /api/admin/rebuild: queues the re-derivation of every read model from the stored facts; 202 with its status.</summary>
public sealed class StartRebuild(ReadModelRebuild rebuild)
{
    [Function(nameof(StartRebuild))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/rebuild")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => new AcceptedResult((string?)null, await rebuild.StartAsync(cancellationToken)));
}
