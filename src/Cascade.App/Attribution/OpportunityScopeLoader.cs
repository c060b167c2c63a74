using System.Collections.Concurrent;
using Cascade.App.Leads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Accounts;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Attribution;

/// <summary>
/// Reads, by key, what the attribution of an opportunity depends on (domain §5) and applies the rules to it
/// (<see cref="OpportunityScope"/>): the opportunity's history, and the people who may be in its journey — its
/// contacts and the members the <c>Accounts</c> table lists for its account — each with their facts
/// (<see cref="PersonFactsLoader"/>: touches incl. stitched anonymous ones, lead facts, linked opportunities).
/// No scan, so the cost follows the size of the account, not of the store.
/// </summary>
/// <remarks>
/// <para>Membership rows are only added (a person whose latest touches name another account keeps their old
/// row), so the members may be more than the account's people; the scope keeps those whose account, by the
/// domain's rule, is the opportunity's.</para>
/// <para>The rows come from touches carrying an e-mail, from person upserts, and — for an account named only on a
/// stitched anonymous touch (an <c>accountDomain</c> sent with a cookie, never with the e-mail) — from the person's
/// evaluation (<see cref="LeadEvaluator"/>), which runs before the attribution requests it causes.</para>
/// </remarks>
public sealed class OpportunityScopeLoader(
    OpportunityStore opportunities, AccountStore accounts, PersonFactsLoader people, WorkspaceSettings settings)
{
    // Bounds the concurrent reads for one large account; each person is a handful of partition queries.
    private const int Parallelism = 8;

    /// <summary>The scope of <paramref name="opportunityId"/> as of <paramref name="asOf"/>; null when no state of it is stored.</summary>
    public async Task<OpportunityScope?> LoadAsync(string opportunityId, DateTimeOffset asOf, CancellationToken cancellationToken = default)
    {
        if (await opportunities.HistoryAsync(opportunityId, cancellationToken) is not { } history)
        {
            return null;
        }

        var candidates = await CandidatesAsync(history.Current!, cancellationToken);
        // The account's people share its opportunity links and histories, this one's first.
        var shared = people.NewRun();
        shared.Remember(history);
        var loaded = new ConcurrentBag<PersonFacts>();
        await Parallel.ForEachAsync(
            candidates,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) => loaded.Add(await people.LoadAsync(person, shared, ct)));

        // Someone of whom nothing is stored (a CRM contact never seen, an erased person) has no touch and no milestone.
        var facts = loaded.Where(f => !f.IsUnknown).OrderBy(f => f.Email.Value, StringComparer.Ordinal).Select(f => f.ToLeadFacts());
        return OpportunityScope.Build(history, facts, settings, asOf);
    }

    /// <summary>
    /// The touches of <paramref name="opportunityId"/>'s journey people (its current version's contacts, or its account's
    /// people), without the lead facts, linked deals and replays a whole scope needs: what the reports that only ask
    /// "which touches came when" read (value change, the stuck list). Empty for an unknown deal.
    /// </summary>
    public async Task<IReadOnlyList<Touchpoint>> JourneyTouchesAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        if (await opportunities.HistoryAsync(opportunityId, cancellationToken) is not { Current: { } current })
        {
            return [];
        }

        var loaded = new ConcurrentBag<IReadOnlyList<Touchpoint>>();
        await Parallel.ForEachAsync(
            await CandidatesAsync(current, cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) => loaded.Add(await people.JourneyAsync(person, ct)));
        return TouchpointIndex.Build(loaded.SelectMany(t => t)).ScopeOf(current);
    }

    private async Task<IReadOnlyList<EmailAddress>> CandidatesAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var members = AccountDomains.Normalize(opportunity.AccountDomain) is { } domain
            ? await accounts.MembersOfAsync(domain, cancellationToken)
            : [];
        return opportunity.ContactEmails.Concat(members).Distinct().ToList();
    }
}
