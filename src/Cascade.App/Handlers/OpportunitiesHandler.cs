using Cascade.App.Configuration;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Accounts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Queues;
using Microsoft.Extensions.Options;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>opportunities</c> queue: applies each CRM state in message order (a state whose <c>updatedAt</c> is
/// not newer than the stored one is ignored), links the opportunity to its contacts and account, and asks
/// for the people it names to be re-evaluated and for its attribution. A redelivered message is all stale.
/// </summary>
public sealed class OpportunitiesHandler(
    OpportunityStore opportunities,
    OpportunityLinkStore links,
    AccountStore accounts,
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
            if (await opportunities.ApplyAsync(state, cancellationToken) != OpportunityUpdateOutcome.Accepted)
            {
                continue;
            }

            await links.LinkAsync(state, cancellationToken);
            var named = state.ContactEmails.Count > 0 || state.AccountDomain is null
                ? state.ContactEmails
                : await accounts.MembersOfAsync(state.AccountDomain, cancellationToken);
            foreach (var person in named)
            {
                evaluations[person.Value] = new LeadEvaluation(person.Value);
            }

            attributions.Add(new AttributionRequest(state.OpportunityId));
        }

        var now = time.GetUtcNow();
        await leads.RequestAsync(evaluations.Values.ToList(), BatchIds.For("lead", now, [envelope.Id]), cancellationToken);
        await queue.SendAsync(
            QueueNames.Attribution, attributions.DistinctBy(a => a.OpportunityId).ToList(), BatchIds.For("attr", now, [envelope.Id]), cancellationToken);
    }
}
