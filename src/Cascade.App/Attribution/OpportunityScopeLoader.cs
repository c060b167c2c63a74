using System.Collections.Concurrent;
using Cascade.App.Leads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.Accounts;
using Cascade.Storage.People;

namespace Cascade.App.Attribution;

/// <summary>
/// Reads, by key, what the attribution of an opportunity depends on (domain §5) and applies the rules to it
/// (<see cref="OpportunityScope"/>): the opportunity's history, and the people who may be in its journey — its
/// contacts and the members the <c>Accounts</c> table lists for its account — each with their part in the scope.
/// No scan, so the cost follows the size of the account, not of the store.
/// </summary>
/// <remarks>
/// <para>A person's part is the one their last evaluation kept (<see cref="PersonStore.ScopeAsync"/>: their journey and
/// the touches that made them known and MQL, one keyed read; the people whose e-mail is at the account's domain share a
/// range, read once for all of them, <see cref="PersonStore.ScopesAtAsync"/>), else replayed from their facts
/// (<see cref="PersonFactsLoader"/>: touches incl. stitched anonymous ones, lead facts, linked opportunities; about five
/// requests). A kept part is as current as the facts: every new fact of a person brings their evaluation, which keeps
/// the new part before it asks for their deals' attribution (<see cref="LeadEvaluationHandler"/>), so a deal attributed
/// from an older part is attributed again after it.</para>
/// <para>Membership rows are only added (a person whose latest touches name another account keeps their old
/// row), so the members may be more than the account's people; the scope keeps those whose account, by the
/// domain's rule, is the opportunity's.</para>
/// <para>The rows come from touches carrying an e-mail, from person upserts, and — for an account named only on a
/// stitched anonymous touch (an <c>accountDomain</c> sent with a cookie, never with the e-mail) — from the person's
/// evaluation (<see cref="LeadEvaluator"/>), which runs before the attribution requests it causes.</para>
/// </remarks>
public sealed class OpportunityScopeLoader(
    AccountStore accounts, PersonFactsLoader people, PersonStore profiles, WorkspaceSettings settings)
{
    // Bounds the concurrent reads for one large account; each person is a handful of partition queries.
    private const int Parallelism = 8;

    /// <summary>The opportunity reads of one run over a deal and its people (<see cref="OpportunityReads"/>).</summary>
    public OpportunityReads NewRun() => people.NewRun();

    /// <summary>The scope of <paramref name="opportunityId"/> as of <paramref name="asOf"/>; null when no state of it is stored.</summary>
    public Task<OpportunityScope?> LoadAsync(string opportunityId, DateTimeOffset asOf, CancellationToken cancellationToken = default) =>
        LoadAsync(opportunityId, asOf, NewRun(), cancellationToken);

    /// <summary>
    /// As the other overload, reading the deal's history and its people's opportunities through <paramref name="shared"/>:
    /// a history an account's link partition read in it kept is not read again.
    /// </summary>
    public async Task<OpportunityScope?> LoadAsync(string opportunityId, DateTimeOffset asOf, OpportunityReads shared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shared);
        if (await shared.HistoryAsync(opportunityId, cancellationToken) is not { } history)
        {
            return null;
        }

        var candidates = await CandidatesAsync(history.Current!, cancellationToken);
        // The people at the account's own domain keep their parts in one range; the others are read one by one.
        var together = AccountDomains.Normalize(history.Current!.AccountDomain) is { } domain
            ? await profiles.ScopesAtAsync(domain, candidates, cancellationToken)
            : new Dictionary<EmailAddress, ScopePerson?>();
        // The account's people share the run's opportunity links and histories, this deal's among them.
        var loaded = new ConcurrentDictionary<EmailAddress, ScopePerson>();
        await Parallel.ForEachAsync(
            candidates,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) =>
            {
                if ((together.TryGetValue(person, out var part) ? part : await profiles.ScopeAsync(person, ct)) is { } kept)
                {
                    loaded[person] = kept;
                    return;
                }

                // Someone of whom nothing is stored (a CRM contact never seen, an erased person) has no touch and no milestone.
                var facts = await people.LoadAsync(person, shared, ct);
                if (!facts.IsUnknown)
                {
                    loaded[person] = ScopePerson.Replayed(facts.ToLeadFacts(), settings.Leads, asOf);
                }
            });

        return OpportunityScope.Build(history, loaded.OrderBy(p => p.Key.Value, StringComparer.Ordinal).Select(p => p.Value), settings);
    }

    /// <summary>
    /// The touches of each deal's journey people (its current version's contacts, or its account's people), keyed by
    /// opportunity id, without the lead facts, linked deals and replays a whole scope needs: what the reports that only
    /// ask "which touches came when" read (value change, the stuck list).
    /// </summary>
    /// <remarks>
    /// <para>The report has already read each deal's history from the quarter index, so it passes the current versions
    /// instead of having every history read again. The deals of one account share its members and, so, its people:
    /// each account's members and each person's journey (an identity query, a read per stitched id, a touch range per
    /// journey key) are read once per call, not once per deal that lists them.</para>
    /// <para>Each deal's touches are still scoped from its own people's journeys only, exactly as one deal read on its
    /// own: the account a person is given, and who a stitched touch belongs to, follow from those touches alone.</para>
    /// <para>A person's journey is the one their last evaluation kept (<see cref="PersonStore.JourneyAsync"/>, one keyed
    /// read, as current as their other read models), else read from their identities and touch ranges. Touches so
    /// kept carry their identity, instant, type, channel, origin and campaign: what these reports use.</para>
    /// </remarks>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<Touchpoint>>> JourneyTouchesAsync(
        IEnumerable<Opportunity> currents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(currents);
        var deals = currents.DistinctBy(c => c.OpportunityId, StringComparer.Ordinal).ToList();
        var domains = deals.Select(c => AccountDomains.Normalize(c.AccountDomain)).OfType<string>().Distinct(StringComparer.Ordinal);
        var members = new ConcurrentDictionary<string, IReadOnlyList<EmailAddress>>(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            domains,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (domain, ct) => members[domain] = await accounts.MembersOfAsync(domain, ct));

        var candidates = deals.ToDictionary(
            c => c.OpportunityId,
            c => Candidates(c, AccountDomains.Normalize(c.AccountDomain) is { } d ? members[d] : []),
            StringComparer.Ordinal);
        var journeys = new ConcurrentDictionary<EmailAddress, IReadOnlyList<Touchpoint>>();
        await Parallel.ForEachAsync(
            candidates.Values.SelectMany(p => p).Distinct(),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (person, ct) => journeys[person] = await profiles.JourneyAsync(person, ct) ?? await people.JourneyAsync(person, ct));

        return deals.ToDictionary(
            c => c.OpportunityId,
            c => TouchpointIndex.Build(candidates[c.OpportunityId].SelectMany(p => journeys[p])).ScopeOf(c),
            StringComparer.Ordinal);
    }

    private async Task<IReadOnlyList<EmailAddress>> CandidatesAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        var members = AccountDomains.Normalize(opportunity.AccountDomain) is { } domain
            ? await accounts.MembersOfAsync(domain, cancellationToken)
            : [];
        return Candidates(opportunity, members);
    }

    private static List<EmailAddress> Candidates(Opportunity opportunity, IReadOnlyList<EmailAddress> members) =>
        opportunity.ContactEmails.Concat(members).Distinct().ToList();
}
