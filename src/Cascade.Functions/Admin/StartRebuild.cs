using Cascade.App.Rebuild;
using Cascade.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Admin;

/// <summary>POST /api/admin/rebuild: records the rebuild and queues its one message (the work runs from the <c>rebuild</c> queue); 202 with its status.</summary>
public sealed class StartRebuild(ReadModelRebuild rebuild)
{
    [Function(nameof(StartRebuild))]
    public Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "admin/rebuild")] HttpRequest request) =>
        StorageGuard.RunAsync(request, async cancellationToken => new AcceptedResult((string?)null, await rebuild.StartAsync(cancellationToken)));
}
