using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Storage.Queues;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>transitions</c> queue: re-evaluates each requested person (<see cref="LeadEvaluator"/>) and asks for the
/// attribution of every opportunity whose journey the new facts may change.
/// </summary>
public sealed class LeadEvaluationHandler(LeadEvaluator evaluator, QueueSender queue, TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<LeadEvaluation>(message);
        var requests = new List<AttributionRequest>();
        foreach (var group in envelope.Items.GroupBy(i => i.Email, StringComparer.Ordinal))
        {
            var since = group.Any(i => i.Since is null) ? (DateTimeOffset?)null : group.Min(i => i.Since);
            var journeys = await evaluator.EvaluateAsync(EmailAddress.Parse(group.Key), cancellationToken);

            // A late touch changes the journeys that end after it: pipeline at creation, revenue at close.
            requests.AddRange(journeys
                .Where(h => since is null || since <= LatestJourneyEnd(h.Current!))
                .Select(h => new AttributionRequest(h.OpportunityId)));
        }

        var distinct = requests.DistinctBy(r => r.OpportunityId).ToList();
        await queue.SendAsync(QueueNames.Attribution, distinct, BatchIds.For("attr", time.GetUtcNow(), [envelope.Id]), cancellationToken);
    }

    private static DateTimeOffset LatestJourneyEnd(Domain.Pipeline.Opportunity o) =>
        o.ClosedAt is { } closed && closed > o.CreatedAt ? closed : o.CreatedAt;
}
