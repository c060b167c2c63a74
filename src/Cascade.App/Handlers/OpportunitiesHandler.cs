using Cascade.App.Configuration;
using Cascade.App.Customers;
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
/// version names (the account's link keeping the deal's versions, so the readers of an account's deals read no deal), lists its history under the quarters whose waterfall it can move, and asks for the people it names to be re-evaluated and for its attribution. A redelivered message
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
    CustomerStatusUpdater customers,
    IOptions<CascadeOptions> options,
    TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<OpportunityDocument>(message);
        var currency = options.Value.Currency;
        var evaluations = new Dictionary<string, LeadEvaluation>(StringComparer.Ordinal);
        var attributions = new List<AttributionRequest>();
        var closedAccounts = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var document in envelope.Items)
        {
            var state = document.ToOpportunity(currency);
            // A replay is stored already, but what follows the write (links, evaluations, attribution; all idempotent)
            // may not have run when the message that stored it failed part-way, so it runs again.
            if (await opportunities.ApplyAsync(state, cancellationToken) is not (OpportunityUpdateOutcome.Accepted or OpportunityUpdateOutcome.Replay))
            {
                continue;
            }

            // The versions are read after this write and kept on the account's link, so the last writer of a deal sees
            // every version: the link and the quarter index follow it. Only documented versions count anywhere (customers
            // and types included).
            var history = OpportunityHistory.Of(await links.LinkAsync(state, opportunities.StatesAsync, cancellationToken));
            var versions = history?.Versions ?? [];
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

            attributions.Add(new AttributionRequest(state.OpportunityId) { AccountDomain = current.AccountDomain });
            attributions.AddRange(await SiblingsTypedByAsync(versions, cancellationToken));
            if (versions.Any(v => v.Status != OpportunityStatus.Open) && current.AccountDomain is { } domain)
            {
                closedAccounts.Add(domain);
            }
        }

        var now = time.GetUtcNow();
        await leads.RequestAsync(evaluations.Values.ToList(), BatchIds.For("lead", now, [envelope.Id]), cancellationToken);
        await queue.SendAsync(
            QueueNames.Attribution, attributions.DistinctBy(a => a.OpportunityId).ToList(), BatchIds.For("attr", now, [envelope.Id]), cancellationToken);

        // A won or lost close (or its correction) may make, keep or churn a customer: the account's status is replayed.
        foreach (var domain in closedAccounts)
        {
            await customers.RefreshAsync(domain, cancellationToken);
        }
    }

    /// <summary>
    /// A deal that is or was won decides whether the account's other deals are expansions (api.md: a deal won at or
    /// before their creation), so their attributions, which keep the type, are computed again: whichever arrives first,
    /// the last attribution sees both.
    /// </summary>
    private async Task<IEnumerable<AttributionRequest>> SiblingsTypedByAsync(IReadOnlyList<Opportunity> versions, CancellationToken cancellationToken) =>
        versions.Any(v => v.Status == OpportunityStatus.Won) && versions[^1].AccountDomain is { } domain
            ? (await links.OfAccountAsync(domain, cancellationToken)).Select(id => new AttributionRequest(id) { AccountDomain = domain })
            : [];

    /// <summary>The people a version moves (domain §3): its contacts, or failing contacts its account's people.</summary>
    private async Task<IReadOnlyList<Domain.Identity.EmailAddress>> NamedAsync(Opportunity version, CancellationToken cancellationToken) =>
        version.ContactEmails.Count > 0 || version.AccountDomain is null
            ? version.ContactEmails
            : await accounts.MembersOfAsync(version.AccountDomain, cancellationToken);
}
