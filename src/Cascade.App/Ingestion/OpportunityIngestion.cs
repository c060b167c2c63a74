using Cascade.App.Messages;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>
/// Accepts CRM opportunity versions. Every version is kept by its <c>updatedAt</c> whatever the arrival order (domain
/// §6), so the edge reads nothing: a version the domain's rule already knows to be stale (dated before its
/// <c>createdAt</c>) is reported stale and not queued; every other is queued, and the handler keeps it, or ignores it
/// as a replay of a stored version.
/// </summary>
public sealed class OpportunityIngestion(QueueSender queue, TimeProvider time)
{
    public async Task<IngestionOutcome> AcceptAsync(IReadOnlyList<Opportunity> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        var fresh = states.Where(s => !OpportunityVersionRule.IsStale(s)).Select(OpportunityDocument.From).ToList();

        var now = time.GetUtcNow();
        var batchId = BatchIds.For("opp", now, fresh.Select(f => $"{f.OpportunityId}@{f.UpdatedAt.UtcTicks}"));
        await queue.SendAsync(QueueNames.Opportunities, fresh, batchId, cancellationToken);
        return new IngestionOutcome(fresh.Count, Stale: states.Count - fresh.Count);
    }
}
