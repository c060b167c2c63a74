using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Cascade.App.Configuration;
using Cascade.App.Leads;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Accounts;
using Cascade.Storage.Opportunities;
using Microsoft.Extensions.Options;

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
    OpportunityStore opportunities, AccountStore accounts, PersonFactsLoader people, IOptions<CascadeOptions> options)
{
    // Bounds the concurrent reads for one large account; each person is a handful of partition queries.
    private const int Parallelism = 8;

    /// <summary>
    /// The scopes of <paramref name="opportunityIds"/> as of <paramref name="asOf"/>, one at a time in the order
    /// given; an id with no stored state has none. A person in several scopes (deals of one account) is read once.
    /// </summary>
    public async IAsyncEnumerable<OpportunityScope> LoadAsync(
        IEnumerable<string> opportunityIds, DateTimeOffset asOf, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunityIds);
        var settings = options.Value.ToWorkspaceSettings();
        var loaded = new Dictionary<EmailAddress, PersonFacts>();
        foreach (var id in opportunityIds.Distinct(StringComparer.Ordinal))
        {
            if (await opportunities.HistoryAsync(id, cancellationToken) is not { } history)
            {
                continue;
            }

            var candidates = await CandidatesAsync(history.Current!, cancellationToken);
            await LoadMissingAsync(candidates, loaded, cancellationToken);
            // Someone of whom nothing is stored (a CRM contact never seen, an erased person) has no touch and no milestone.
            var people = candidates.Select(c => loaded[c]).Where(f => !f.IsUnknown).Select(f => f.ToLeadFacts());
            yield return OpportunityScope.Build(history, people, settings, asOf);
        }
    }

    private async Task<IReadOnlyList<EmailAddress>> CandidatesAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var members = AccountDomains.Normalize(opportunity.AccountDomain) is { } domain
            ? await accounts.MembersOfAsync(domain, cancellationToken)
            : [];
        return opportunity.ContactEmails.Concat(members).Distinct().ToList();
    }

    private async Task LoadMissingAsync(
        IReadOnlyList<EmailAddress> candidates, Dictionary<EmailAddress, PersonFacts> loaded, CancellationToken cancellationToken)
    {
        var read = new ConcurrentDictionary<EmailAddress, PersonFacts>();
        await Parallel.ForEachAsync(
            candidates.Where(c => !loaded.ContainsKey(c)),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) => read[person] = await people.LoadAsync(person, ct));
        foreach (var (person, facts) in read)
        {
            loaded[person] = facts;
        }
    }
}
