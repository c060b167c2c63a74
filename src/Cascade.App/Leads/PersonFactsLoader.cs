using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
using Cascade.Storage.People;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// Reads one person's facts by key — their touch ranges (one row range of a bucket each), lead facts and the opportunities linked to
/// them or their account — with no scan, so it can run on every queue message.
/// </summary>
public sealed class PersonFactsLoader(
    TouchpointStore touchpoints, IdentityStore identities, LeadFactStore leadFacts, OpportunityLinkStore links, OpportunityStore opportunities)
{
    /// <summary>Reads the person's facts on their own.</summary>
    public async Task<PersonFacts> LoadAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        await LoadAsync(email, NewRun(), cancellationToken);

    /// <summary>The opportunity reads of one run over many people (<see cref="OpportunityReads"/>).</summary>
    public OpportunityReads NewRun() => new(links, opportunities);

    /// <summary>The person's touches, their own and those of the anonymous ids stitched to them: two keyed reads.</summary>
    public async Task<IReadOnlyList<Touchpoint>> JourneyAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var anonymousIds = await identities.AnonymousIdsOfAsync(email, cancellationToken);
        return await touchpoints.ListJourneyAsync(email, anonymousIds, cancellationToken);
    }

    /// <summary>Reads the person's facts, sharing opportunity reads with a run over other people.</summary>
    public Task<PersonFacts> LoadAsync(EmailAddress email, OpportunityReads shared, CancellationToken cancellationToken = default) =>
        LoadAsync(email, shared, known: null, cancellationToken);

    /// <summary>
    /// As the other overload, but when only touches are new since <paramref name="known"/> was stored, its lead-fact
    /// presence and contact opportunities (<see cref="PersonFactsSeen"/>) stand for their reads, and its anonymous ids
    /// for the person's link partition (<see cref="StitchedJourneyAsync"/>). The touch ranges, the account's links and
    /// the deals are still read.
    /// </summary>
    public async Task<PersonFacts> LoadAsync(EmailAddress email, OpportunityReads shared, PersonRecord? known, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var seen = known?.Seen;
        var journey = seen is null ? ReadJourneyAsync(email, cancellationToken) : StitchedJourneyAsync(email, known!.AnonymousIds, cancellationToken);
        var facts = seen is { LeadFacts: false } ? Task.FromResult<IReadOnlyList<LeadFactRecord>>([]) : leadFacts.ListAsync(email, cancellationToken);
        var contact = seen is null ? shared.OfContactAsync(email, cancellationToken) : Task.FromResult(seen.ContactOpportunities);
        await Task.WhenAll(journey, facts, contact);
        var (anonymousIds, touches) = await journey;

        // The account follows the domain's rule (latest accountDomain on the person's touches, else the e-mail's domain).
        var account = TouchpointIndex.Build(touches).AccountOf(email) ?? AccountDomains.Resolve(null, email);
        var ids = (await contact).Concat(await shared.OfAccountAsync(account, cancellationToken)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var histories = await Task.WhenAll(ids.Select(id => shared.HistoryAsync(id, cancellationToken)));
        var linked = histories.OfType<Domain.Pipeline.OpportunityHistory>().ToList();
        var named = linked.Where(h => h.Current!.Names(email, account)).ToList();

        var (import, actions) = LeadFactCodec.Read(await facts);
        return new PersonFacts(email, anonymousIds, touches, account, import, actions, named, linked)
        {
            Seen = new PersonFactsSeen((await facts).Count > 0, await contact),
        };
    }

    private async Task<(IReadOnlyList<string> AnonymousIds, IReadOnlyList<Touchpoint> Touches)> ReadJourneyAsync(
        EmailAddress email, CancellationToken cancellationToken)
    {
        var anonymousIds = await identities.AnonymousIdsOfAsync(email, cancellationToken);
        return (anonymousIds, await touchpoints.ListJourneyAsync(email, anonymousIds, cancellationToken));
    }

    /// <summary>
    /// The journey over the anonymous ids <paramref name="kept"/> from the last evaluation, when they are still the
    /// person's: each still names them as owner (one point read each, as the link partition's reader does), and none
    /// of their own touches carries a cookie not kept — a cookie is stitched only by a touch carrying both, stored
    /// before its stitch, so this holds even when a stitch's own request for evaluation was lost to a crash. Otherwise
    /// the link partition is read as always.
    /// </summary>
    private async Task<(IReadOnlyList<string> AnonymousIds, IReadOnlyList<Touchpoint> Touches)> StitchedJourneyAsync(
        EmailAddress email, IReadOnlyList<string> kept, CancellationToken cancellationToken)
    {
        var owners = Task.WhenAll(kept.Select(id => identities.OwnerOfAsync(id, cancellationToken)));
        var touches = touchpoints.ListJourneyAsync(email, kept, cancellationToken);
        await Task.WhenAll(owners, touches);
        var keptIds = kept.ToHashSet(StringComparer.Ordinal);
        var current = (await owners).All(o => o == email)
            && (await touches).All(t => t.Email != email || t.AnonymousId is null || keptIds.Contains(t.AnonymousId));
        return current ? (kept, await touches) : await ReadJourneyAsync(email, cancellationToken);
    }
}
