using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.Queues;

namespace Cascade.App.Attribution;

/// <summary>
/// Asks for opportunities to be re-attributed: marks them in the pending set (<see cref="PendingEvaluationStore"/>,
/// kind <see cref="PendingKind.Attribution"/>), then queues a sweep of each shard marked on the <c>attribution</c>
/// queue. An account's people are evaluated in many sweeps and each names the account's deals; the marks collapse,
/// so a deal is attributed once per sweep round instead of once per person.
/// </summary>
public sealed class AttributionRequests(PendingEvaluationStore pending, QueueSender queue)
{
    public async Task RequestAsync(IEnumerable<string> opportunityIds, string batchId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunityIds);
        var ids = opportunityIds.Distinct(StringComparer.Ordinal).Select(id => (id, (DateTimeOffset?)null)).ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var shards = await pending.MarkAsync(PendingKind.Attribution, ids, cancellationToken);
        await queue.SendAsync(QueueNames.Attribution, shards.Select(s => new ShardSweep(s)).ToList(), batchId, cancellationToken);
    }
}
