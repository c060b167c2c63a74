using Cascade.App.Handlers;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Queues;

/// <summary>Queue <c>touchpoints</c>: stores touchpoints and imported profiles, stitches identities, asks for re-evaluation. A message that keeps failing ends, after host.json's maxDequeueCount, in <c>touchpoints-poison</c>.</summary>
public sealed class ProcessTouchpoints(TouchpointsHandler handler)
{
    [Function(nameof(ProcessTouchpoints))]
    public Task Run([QueueTrigger("touchpoints")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
