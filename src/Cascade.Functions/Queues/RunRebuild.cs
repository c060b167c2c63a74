using Cascade.App.Rebuild;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Queues;

/// <summary>Queue <c>rebuild</c>: runs the read-model rebuild <c>POST /api/admin/rebuild</c> asked for. A message that keeps failing ends, after host.json's maxDequeueCount, in <c>rebuild-poison</c>.</summary>
public sealed class RunRebuild(ReadModelRebuild rebuild)
{
    [Function(nameof(RunRebuild))]
    public Task Run([QueueTrigger("rebuild")] string message, CancellationToken cancellationToken) =>
        rebuild.HandleAsync(message, cancellationToken);
}
