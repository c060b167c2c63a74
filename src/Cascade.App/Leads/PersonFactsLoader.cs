using Cascade.Domain.Attribution;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
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
    PersonJourneyReader journeys, LeadFactStore leadFacts, OpportunityLinkStore links, OpportunityStore opportunities)
{
    /// <summary>Reads the person's facts on their own.</summary>
    public async Task<PersonFacts> LoadAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        await LoadAsync(email, NewRun(), cancellationToken);

    /// <summary>The opportunity reads of one run over many people (<see cref="OpportunityReads"/>).</summary>
    public OpportunityReads NewRun() => new(links, opportunities);

    /// <summary>The person's touches, their own and those of the anonymous ids stitched to them (<see cref="PersonJourneyReader"/>).</summary>
    public async Task<IReadOnlyList<Touchpoint>> JourneyAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        (await journeys.ReadAsync(email, [], cancellationToken)).Touches;

    /// <summary>Reads the person's facts, sharing opportunity reads with a run over other people.</summary>
    public Task<PersonFacts> LoadAsync(EmailAddress email, OpportunityReads shared, CancellationToken cancellationToken = default) =>
        LoadAsync(email, shared, [], seen: null, cancellationToken);

    /// <summary>
    /// As the other overload, with the anonymous ids the person had last time (<paramref name="guess"/>, read beside
    /// their own touches: <see cref="PersonJourneyReader"/>) and, when only touches are new since it was found,
    /// <paramref name="seen"/>, whose lead-fact presence and contact opportunities stand for their reads. The account's
    /// links are always read; they keep the versions of its deals, which are read only when a link keeps none
    /// (<see cref="OpportunityReads"/>).
    /// </summary>
    public Task<PersonFacts> LoadAsync(
        EmailAddress email, OpportunityReads shared, IReadOnlyList<string> guess, PersonFactsSeen? seen, CancellationToken cancellationToken = default) =>
        LoadAsync(email, shared, journeys.ReadAsync(email, guess, cancellationToken), seen, cancellationToken);

    /// <summary>As the other overloads, with the person's <paramref name="journey"/> known already: no touch is read.</summary>
    public Task<PersonFacts> LoadAsync(
        EmailAddress email, OpportunityReads shared, StitchedJourney journey, PersonFactsSeen? seen, CancellationToken cancellationToken = default) =>
        LoadAsync(email, shared, Task.FromResult(journey), seen, cancellationToken);

    private async Task<PersonFacts> LoadAsync(
        EmailAddress email, OpportunityReads shared, Task<StitchedJourney> journey, PersonFactsSeen? seen, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(shared);
        var facts = seen is { LeadFacts: false } ? Task.FromResult<IReadOnlyList<LeadFactRecord>>([]) : leadFacts.ListAsync(email, cancellationToken);
        var contact = seen is null ? links.ContactOpportunitiesAsync(email, cancellationToken) : Task.FromResult(seen.ContactOpportunities);
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
}
