using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;
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
    public async Task<PersonFacts> LoadAsync(EmailAddress email, OpportunityReads shared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var anonymousIds = await identities.AnonymousIdsOfAsync(email, cancellationToken);
        var touches = touchpoints.ListJourneyAsync(email, anonymousIds, cancellationToken);
        var facts = leadFacts.ListAsync(email, cancellationToken);
        await Task.WhenAll(touches, facts);

        // The account follows the domain's rule (latest accountDomain on the person's touches, else the e-mail's domain).
        var account = TouchpointIndex.Build(await touches).AccountOf(email) ?? AccountDomains.Resolve(null, email);
        var ids = await shared.OpportunitiesOfAsync(email, account, cancellationToken);
        var histories = await Task.WhenAll(ids.Select(id => shared.HistoryAsync(id, cancellationToken)));
        var linked = histories.OfType<Domain.Pipeline.OpportunityHistory>().ToList();
        var named = linked.Where(h => h.Current!.Names(email, account)).ToList();

        var (import, actions) = LeadFactCodec.Read(await facts);
        return new PersonFacts(email, anonymousIds, await touches, account, import, actions, named, linked);
    }
}
