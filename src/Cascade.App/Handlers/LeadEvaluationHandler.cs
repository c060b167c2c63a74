using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Domain.Lifecycle;
using Cascade.Domain.Scoring;
using Cascade.Storage.People;
using Cascade.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>transitions</c> queue: recomputes each person's lifecycle (with its history and causes) and score
/// from their stored facts as of now, stores them (ETag-guarded), and asks for the attribution of every
/// opportunity whose journey the new facts may change. Recomputing from the facts, never applying deltas,
/// is what makes the result independent of arrival order and redelivery.
/// </summary>
public sealed class LeadEvaluationHandler(
    PersonFactsLoader loader, PersonStore people, QueueSender queue, IOptions<CascadeOptions> options, TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<LeadEvaluation>(message);
        var settings = options.Value.ToWorkspaceSettings();
        var now = time.GetUtcNow();
        var requests = new List<AttributionRequest>();
        foreach (var group in envelope.Items.GroupBy(i => i.Email, StringComparer.Ordinal))
        {
            var email = EmailAddress.Parse(group.Key);
            var since = group.Any(i => i.Since is null) ? (DateTimeOffset?)null : group.Min(i => i.Since);
            var facts = await loader.LoadAsync(email, cancellationToken);
            if (facts.IsUnknown)
            {
                continue;
            }

            var replay = LeadReplay.Run(facts.ToLeadFacts(), settings.Leads, now);
            var score = LeadScorer.Score(
                new ScoringInput
                {
                    Email = email,
                    BaseProfile = facts.Import?.Profile,
                    Touches = facts.Touches,
                    BehaviourResetAt = replay.State.RecycledAt,
                    BehaviourFrozen = replay.State.BehaviourFrozen,
                },
                now,
                settings.Leads.Scoring);
            var record = new PersonRecord
            {
                Email = email,
                AccountDomain = facts.AccountDomain,
                Profile = LeadScorer.ProfileAsOf(facts.Import?.Profile, facts.Touches, now),
                Lead = replay.State,
                LastActivityAt = replay.LastActivityAt,
                Score = new PersonScore(score.Total, score.Demographic, score.Behavioural, now),
            };
            await people.UpdateAsync(email, _ => new PersonChange(record, replay.History), cancellationToken);

            // A late touch changes the journeys that end after it: pipeline at creation, revenue at close.
            requests.AddRange(facts.JourneyOpportunities
                .Where(h => since is null || since <= LatestJourneyEnd(h.Current!))
                .Select(h => new AttributionRequest(h.OpportunityId)));
        }

        var distinct = requests.DistinctBy(r => r.OpportunityId).ToList();
        await queue.SendAsync(QueueNames.Attribution, distinct, BatchIds.For("attr", now, [envelope.Id]), cancellationToken);
    }

    private static DateTimeOffset LatestJourneyEnd(Domain.Pipeline.Opportunity o) =>
        o.ClosedAt is { } closed && closed > o.CreatedAt ? closed : o.CreatedAt;
}
