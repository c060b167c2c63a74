using Cascade.App.Attribution;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Queues;

/// <summary>Queue <c>attribution</c>: recomputes and stores an opportunity's attribution. A message that keeps failing ends, after host.json's maxDequeueCount, in <c>attribution-poison</c>.</summary>
public sealed class ProcessAttribution(AttributionHandler handler)
{
    [Function(nameof(ProcessAttribution))]
    public Task Run([QueueTrigger("attribution")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
