using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Accounts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>opportunities</c> queue: keeps each CRM version at its <c>updatedAt</c> (in any order; the store asks the
/// domain's rule, which ignores stale versions and replays), links the opportunity to the contacts and account the
/// version names, lists its history under the quarters whose waterfall it can move, and asks for the people it names to be re-evaluated and for its attribution. A redelivered message
/// is all replays, whose follow-ups run again and change nothing. Several messages of one deal may run at once: each
/// version lands in its own row.
/// </summary>
public sealed class OpportunitiesHandler(
    OpportunityStore opportunities,
    OpportunityLinkStore links,
    AccountStore accounts,
    WaterfallHistories waterfallHistories,
    LeadEvaluationRequests leads,
    QueueSender queue,
    IOptions<CascadeOptions> options,
    TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<OpportunityDocument>(message);
        var currency = options.Value.Currency;
        var evaluations = new Dictionary<string, LeadEvaluation>(StringComparer.Ordinal);
        var attributions = new List<AttributionRequest>();
        foreach (var document in envelope.Items)
        {
            var state = document.ToOpportunity(currency);
            // A replay is stored already, but what follows the write (links, evaluations, attribution; all idempotent)
            // may not have run when the message that stored it failed part-way, so it runs again.
            if (await opportunities.ApplyAsync(state, cancellationToken) is not (OpportunityUpdateOutcome.Accepted or OpportunityUpdateOutcome.Replay))
            {
                continue;
            }

            await links.LinkAsync(state, cancellationToken);

            // Read after this write, so the last writer of a deal sees every version: the quarter index follows it.
            var history = await opportunities.HistoryAsync(state.OpportunityId, cancellationToken);
            await waterfallHistories.IndexAsync(state.OpportunityId, history, cancellationToken);

            // A version that arrives late rewrites the history the current version's people are moved by, so both
            // versions' people are evaluated again.
            var current = history?.Current ?? state;
            foreach (var version in current.UpdatedAt == state.UpdatedAt ? [state] : new[] { state, current })
            {
                foreach (var person in await NamedAsync(version, cancellationToken))
                {
                    evaluations[person.Value] = new LeadEvaluation(person.Value);
                }
            }

            attributions.Add(new AttributionRequest(state.OpportunityId));
        }

        var now = time.GetUtcNow();
        await leads.RequestAsync(evaluations.Values.ToList(), BatchIds.For("lead", now, [envelope.Id]), cancellationToken);
        await queue.SendAsync(
            QueueNames.Attribution, attributions.DistinctBy(a => a.OpportunityId).ToList(), BatchIds.For("attr", now, [envelope.Id]), cancellationToken);
    }

    /// <summary>The people a version moves (domain §3): its contacts, or failing contacts its account's people.</summary>
    private async Task<IReadOnlyList<Domain.Identity.EmailAddress>> NamedAsync(Opportunity version, CancellationToken cancellationToken) =>
        version.ContactEmails.Count > 0 || version.AccountDomain is null
            ? version.ContactEmails
            : await accounts.MembersOfAsync(version.AccountDomain, cancellationToken);
}
