using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.Queues;

namespace Cascade.App.Leads;

/// <summary>
/// Asks for people to be re-evaluated: marks them in the pending set (<see cref="PendingEvaluationStore"/>), then
/// queues a sweep of each shard marked. A person named by many messages of a burst is marked many times but swept
/// once per sweep: the busier the pipeline, the more marks a sweep finds, so the evaluations per touchpoint fall as
/// the load rises. Marking before queuing means a sweep never misses a mark it was queued for.
/// </summary>
public sealed class LeadEvaluationRequests(PendingEvaluationStore pending, QueueSender queue)
{
    public async Task RequestAsync(IReadOnlyList<LeadEvaluation> requests, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
        {
            return;
        }

        var shards = await pending.MarkAsync(requests.Select(r => new PendingMark(EmailAddress.Parse(r.Email), r.Since, r.TouchesOnly, r.Touches)), cancellationToken);
        await queue.SendAsync(QueueNames.Transitions, shards.Select(s => new ShardSweep(s)).ToList(), batchId, cancellationToken);
    }

    /// <summary>Queues a sweep of every shard, whatever was marked (a safety net for marks a failed sweep left).</summary>
    public Task SweepAllAsync(string batchId, CancellationToken cancellationToken = default) =>
        queue.SendAsync(QueueNames.Transitions, PendingEvaluationStore.AllShards.Select(s => new ShardSweep(s)).ToList(), batchId, cancellationToken);
}
