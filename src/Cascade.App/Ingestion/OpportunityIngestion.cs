using Cascade.App.Messages;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Queues;

namespace Cascade.App.Ingestion;

/// <summary>
/// Accepts CRM opportunity states. A state whose <c>updatedAt</c> is not newer than the stored one (or than an
/// earlier state of the same request) is reported stale and not queued; the handler checks again when it
/// applies the state, since another request may have overtaken it meanwhile.
/// </summary>
public sealed class OpportunityIngestion(OpportunityStore opportunities, QueueSender queue, TimeProvider time)
{
    public async Task<IngestionOutcome> AcceptAsync(IReadOnlyList<Opportunity> states, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(states);
        var latest = new Dictionary<string, DateTimeOffset?>(StringComparer.Ordinal);
        foreach (var id in states.Select(s => s.OpportunityId).Distinct(StringComparer.Ordinal))
        {
            latest[id] = (await opportunities.GetCurrentAsync(id, cancellationToken))?.UpdatedAt;
        }

        var fresh = new List<OpportunityDocument>();
        foreach (var state in states)
        {
            if (latest[state.OpportunityId] is { } stored && state.UpdatedAt <= stored)
            {
                continue;
            }

            latest[state.OpportunityId] = state.UpdatedAt;
            fresh.Add(OpportunityDocument.From(state));
        }

        var now = time.GetUtcNow();
        var batchId = BatchIds.For("opp", now, fresh.Select(f => $"{f.OpportunityId}@{f.UpdatedAt.UtcTicks}"));
        await queue.SendAsync(QueueNames.Opportunities, fresh, batchId, cancellationToken);
        return new IngestionOutcome(fresh.Count, Stale: states.Count - fresh.Count);
    }
}
