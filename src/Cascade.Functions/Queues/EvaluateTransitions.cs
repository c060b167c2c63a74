using Cascade.App.Leads;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Queues;

/// <summary>Queue <c>transitions</c>: replays a lead's lifecycle and score and stores its new stage. A message that keeps failing ends, after host.json's maxDequeueCount, in <c>transitions-poison</c>.</summary>
public sealed class EvaluateTransitions(LeadEvaluationHandler handler)
{
    [Function(nameof(EvaluateTransitions))]
    public Task Run([QueueTrigger("transitions")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
