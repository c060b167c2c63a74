using Cascade.App.Handlers;
using Microsoft.Azure.Functions.Worker;

namespace Cascade.Functions.Queues;

/// <summary>Queue <c>opportunities</c>: applies CRM opportunity states and links them to people and accounts. A message that keeps failing ends, after host.json's maxDequeueCount, in <c>opportunities-poison</c>.</summary>
public sealed class ProcessOpportunities(OpportunitiesHandler handler)
{
    [Function(nameof(ProcessOpportunities))]
    public Task Run([QueueTrigger("opportunities")] string message, CancellationToken cancellationToken) =>
        handler.HandleAsync(message, cancellationToken);
}
