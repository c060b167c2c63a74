using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Storage.Accounts;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.PendingEvaluations;
using Cascade.Storage.People;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Erasure;

/// <summary>
/// Erases a person on request (<c>DELETE /api/people/{email}</c>, GDPR): their touchpoints (own and those of
/// the anonymous ids stitched to them), identities, account memberships, lead facts, their rows of the funnel's
/// period index, their pending evaluations (which may carry touches), profile and lifecycle history; then queues the opportunities that named them or their account for re-attribution, so credits no
/// longer rest on their touches, and replays the customer status of their accounts.
/// </summary>
/// <remarks>
/// <para>Each step is idempotent and the profile goes last: if the erasure stops half-way the person is still
/// found, and running it again finishes it. The second run of a completed erasure finds nothing and says
/// <see cref="ErasureOutcome.UnknownPerson"/>.</para>
/// <para>CRM data is not Cascade's to erase: an opportunity keeps the contact e-mails the CRM sent (and their
/// links) until the CRM sends it without them. Messages about the person still queued when the erasure runs
/// can bring rows back; erase again once the queues are empty (docs/operations.md).</para>
/// </remarks>
public sealed class PersonErasure(
    PersonStore people,
    LeadPeriodStore periods,
    PendingEvaluationStore pending,
    IdentityStore identities,
    AccountStore accounts,
    TouchpointStore touchpoints,
    LeadFactStore leadFacts,
    OpportunityLinkStore opportunityLinks,
    QueueSender queue,
    CustomerStatusUpdater customers,
    TimeProvider time)
{
    public async Task<ErasureResult> EraseAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        // Read everything that leads elsewhere before anything is deleted.
        var person = await people.GetAsync(email, cancellationToken);
        var anonymousIds = await identities.AnonymousIdsOfAsync(email, cancellationToken);
        var journey = await touchpoints.ListJourneyAsync(email, anonymousIds, cancellationToken);
        var facts = await leadFacts.ListAsync(email, cancellationToken);
        var accountDomain = AccountDomains.Resolve(person?.AccountDomain, email);
        var opportunities = await opportunityLinks.OpportunitiesOfAsync(email, accountDomain, cancellationToken);

        // Membership was written per touch, with each touch's own account domain when it named one.
        var domains = journey.Where(t => t.Email == email).Select(t => AccountDomains.Resolve(t.AccountDomain, email))
            .Append(accountDomain)
            .Append(AccountDomains.Resolve(null, email))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();

        var touchesRemoved = await touchpoints.DeleteJourneyAsync(email, anonymousIds, cancellationToken);
        var identityRows = await identities.ForgetAsync(email, cancellationToken);
        await accounts.RemoveMemberAsync(domains, email, cancellationToken);
        await leadFacts.DeleteAllAsync(email, cancellationToken);
        await periods.DeleteAsync(email, person?.Periods?.Months ?? [], cancellationToken);
        await pending.ForgetAsync(email, cancellationToken);
        var profileRemoved = await people.DeleteAsync(email, cancellationToken);

        if (!profileRemoved && touchesRemoved == 0 && identityRows == 0 && facts.Count == 0)
        {
            return new ErasureResult(ErasureOutcome.UnknownPerson, 0, 0, []);
        }

        var now = time.GetUtcNow();
        var requests = opportunities.Select(id => new AttributionRequest(id)).ToList();
        // The batch id hashes the opportunity ids, never the e-mail, so logs of the erasure hold no personal data.
        await queue.SendAsync(QueueNames.Attribution, requests, BatchIds.For("erase", now, opportunities), cancellationToken);
        // The customer status of their accounts is replayed without their touches (a status row keeps a summary of them).
        await customers.RefreshCustomersAsync(domains, cancellationToken: cancellationToken);
        return new ErasureResult(ErasureOutcome.Erased, touchesRemoved, anonymousIds.Count, opportunities);
    }
}
