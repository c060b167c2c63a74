using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Storage.Accounts;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>touchpoints</c> queue: stores each touchpoint once (by event id), stitches anonymous ids to people,
/// records account membership and imported profiles, then asks for every affected person to be re-evaluated and
/// tells the customer lifecycle (<see cref="CustomerActivity"/>: survey answers, re-engaged customer accounts).
/// Every step is idempotent, so a redelivered message changes nothing.
/// </summary>
public sealed class TouchpointsHandler(
    TouchpointStore touchpoints,
    IdentityStore identities,
    AccountStore accounts,
    LeadFactStore leadFacts,
    LeadEvaluationRequests evaluations,
    CustomerActivity customers,
    TimeProvider time)
{
    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<InboundFact>(message);
        var touches = envelope.Items.Where(i => i.Touchpoint is not null).Select(i => i.Touchpoint!.ToTouchpoint()).ToList();
        var people = envelope.Items.Where(i => i.Person is not null).Select(i => i.Person!).ToList();

        await touchpoints.AddAsync(touches, cancellationToken);

        // Who to re-evaluate, and from when: the earliest new fact of each person.
        var affected = new Dictionary<EmailAddress, DateTimeOffset>();
        void Affect(EmailAddress person, DateTimeOffset since) =>
            affected[person] = affected.TryGetValue(person, out var known) && known <= since ? known : since;

        var owners = new Dictionary<string, EmailAddress?>(StringComparer.Ordinal);
        // One stitch per (anonymous id, person) of the message, by its earliest touch: the earliest is the only one that
        // can change the owner, and the later ones would only read it again.
        var stitches = touches.Where(t => t is { Email: not null, AnonymousId: not null })
            .GroupBy(t => (t.AnonymousId!, t.Email!.Value))
            .Select(pair => pair.OrderBy(t => t.OccurredAt).ThenBy(t => t.EventId, StringComparer.Ordinal).First());
        foreach (var touch in stitches)
        {
            var stitch = await identities.StitchAsync(touch.AnonymousId!, touch.Email!.Value, touch.OccurredAt, touch.EventId, cancellationToken);
            owners[touch.AnonymousId!] = stitch.Owner;
            if (stitch.PreviousOwner is { } previous && previous != stitch.Owner)
            {
                // The cookie's earlier touches left the previous owner's journey: re-evaluate them from the start.
                Affect(previous, DateTimeOffset.MinValue);
                Affect(stitch.Owner, DateTimeOffset.MinValue);
            }
            else if (stitch.OwnerChanged)
            {
                Affect(stitch.Owner, DateTimeOffset.MinValue);
            }
        }

        foreach (var touch in touches)
        {
            var person = touch.Email;
            if (person is null && touch.AnonymousId is { } anonymousId)
            {
                if (!owners.TryGetValue(anonymousId, out person))
                {
                    person = owners[anonymousId] = await identities.OwnerOfAsync(anonymousId, cancellationToken);
                }
            }

            if (person is { } p)
            {
                Affect(p, touch.OccurredAt);
            }
        }

        var members = touches
            .Where(t => t.Email is not null)
            .Select(t => (Domain: AccountDomains.Resolve(t.AccountDomain, t.Email), Email: t.Email!.Value))
            .Concat(people.Select(p => (Domain: AccountDomains.Resolve(p.AccountDomain, p.EmailAddress), Email: p.EmailAddress)))
            .Where(m => m.Domain is not null)
            .Select(m => (m.Domain!, m.Email))
            .Distinct()
            .ToList();
        await accounts.AddMembersAsync(members, cancellationToken);

        foreach (var person in people)
        {
            await leadFacts.AddAsync(LeadFactCodec.Import(person), cancellationToken);
            Affect(person.EmailAddress, person.At);
        }

        var requests = affected
            .OrderBy(a => a.Key.Value, StringComparer.Ordinal)
            .Select(a => new LeadEvaluation(a.Key.Value, a.Value == DateTimeOffset.MinValue ? null : a.Value))
            .ToList();
        await evaluations.RequestAsync(requests, BatchIds.For("lead", time.GetUtcNow(), [envelope.Id]), cancellationToken);
        await customers.RecordAsync(touches, affected, cancellationToken);
    }
}
