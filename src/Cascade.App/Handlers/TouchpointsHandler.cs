using System.Runtime.ExceptionServices;
using Cascade.App.Concurrency;
using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Accounts;
using Cascade.Storage.Identities;
using Cascade.Storage.LeadFacts;
using Cascade.Storage.Queues;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Handlers;

/// <summary>
/// The <c>touchpoints</c> queue: stores each touchpoint once (by event id), stitches anonymous ids to people,
/// records account membership and imported profiles, then asks for every affected person to be re-evaluated and
/// tells the customer lifecycle (<see cref="CustomerActivity"/>: survey answers, re-engaged customer accounts).
/// Every step is idempotent, so a redelivered message changes nothing.
/// </summary>
/// <remarks>
/// The messages that arrive while this process handles others are handled together, as one message holding all their
/// items (<see cref="KeyedBatcher{TKey, TItem, TResult}"/>): each step's requests go per partition, bucket, account or
/// cookie, not per message, so a burst of messages costs about what one of them does — the inserts, members and marks
/// a few transactions per bucket, a customer account's status and a cookie's owner one read for all. A run that fails
/// handles its messages again one by one, so that one message that cannot be handled fails alone and the others are
/// not retried, or kept as poison, with it.
/// </remarks>
public sealed class TouchpointsHandler(
    TouchpointStore touchpoints,
    IdentityStore identities,
    AccountStore accounts,
    LeadFactStore leadFacts,
    LeadEvaluationRequests evaluations,
    CustomerActivity customers,
    TimeProvider time)
{
    // A message names hundreds of cookies; each stitch or owner read is a round trip that waits on storage.
    private const int Parallelism = 8;

    // One run at a time in this process; the messages that arrive meanwhile wait for it and then run together. The result
    // says, per message, how its handling ended.
    private readonly KeyedBatcher<bool, QueueEnvelope<InboundFact>, IReadOnlyDictionary<QueueEnvelope<InboundFact>, Exception?>> _runs = new();

    public async Task HandleAsync(string message, CancellationToken cancellationToken = default)
    {
        var envelope = QueueMessages.Decode<InboundFact>(message);
        var outcomes = await _runs.RunAsync(true, envelope, RunAsync, cancellationToken);
        if (outcomes[envelope] is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }
    }

    private async Task<IReadOnlyDictionary<QueueEnvelope<InboundFact>, Exception?>> RunAsync(
        IReadOnlyList<QueueEnvelope<InboundFact>> envelopes, CancellationToken cancellationToken)
    {
        var outcomes = new Dictionary<QueueEnvelope<InboundFact>, Exception?>(ReferenceEqualityComparer.Instance);
        if (envelopes.Count > 1)
        {
            try
            {
                await HandleAsync(envelopes, cancellationToken);
                foreach (var envelope in envelopes)
                    outcomes[envelope] = null;
                return outcomes;
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                // Each message is handled again alone below: every step is idempotent.
            }
        }

        foreach (var envelope in envelopes)
        {
            try
            {
                await HandleAsync([envelope], cancellationToken);
                outcomes[envelope] = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                outcomes[envelope] = e;
            }
        }

        return outcomes;
    }

    private async Task HandleAsync(IReadOnlyList<QueueEnvelope<InboundFact>> envelopes, CancellationToken cancellationToken)
    {
        var items = envelopes.SelectMany(e => e.Items).ToList();
        var touches = items.Where(i => i.Touchpoint is not null).Select(i => i.Touchpoint!.ToTouchpoint()).ToList();
        var people = items.Where(i => i.Person is not null).Select(i => i.Person!).ToList();

        // What this delivery stored is exactly what a read gives back; a touch stored before (an earlier delivery, an
        // event id replayed with other content) is left for the evaluation to read.
        var inserted = (await touchpoints.InsertAsync(touches, cancellationToken)).ToHashSet();

        // Who to re-evaluate, and from when: the earliest new fact of each person; whose touches are not just this
        // message's new ones (a cookie that changed hands: its earlier touches moved to or from them), whose evaluation
        // reads their touches; and whose new facts are more than touches (an import), whose evaluation reads all their
        // facts again. A stitch changes no other fact of a person, so the evaluation it asks for is still touches-only:
        // it reads the person's touches and cookies, not their lead facts or deals' contacts. The customer accounts of
        // the people a cookie was taken from or given to, and of the imported, are replayed; a cookie that was no one's
        // brings its earlier touches to its new owner's accounts as activity (CustomerActivity).
        var affected = new Dictionary<EmailAddress, DateTimeOffset>();
        var moved = new HashSet<EmailAddress>();
        var full = new HashSet<EmailAddress>();
        var replayed = new HashSet<EmailAddress>();
        var joined = new Dictionary<string, EmailAddress>(StringComparer.Ordinal);
        void Affect(EmailAddress person, DateTimeOffset since) =>
            affected[person] = affected.TryGetValue(person, out var known) && known <= since ? known : since;
        void Move(EmailAddress person)
        {
            Affect(person, DateTimeOffset.MinValue);
            moved.Add(person);
        }

        // One stitch per (anonymous id, person) of the message, by its earliest touch: the earliest is the only one that
        // can change the owner, and the later ones would only read it again. Cookies are stitched side by side (each
        // stitch is guarded by its owner row's ETag), one cookie's claims in turn, so its last answer is its owner.
        var claims = touches.Where(t => t is { Email: not null, AnonymousId: not null })
            .GroupBy(t => (t.AnonymousId!, t.Email!.Value))
            .Select(pair => pair.OrderBy(t => t.OccurredAt).ThenBy(t => t.EventId, StringComparer.Ordinal).First())
            .GroupBy(t => t.AnonymousId!, StringComparer.Ordinal)
            .ToList();
        var stitched = new StitchResult[claims.Count][];
        await Parallel.ForEachAsync(Enumerable.Range(0, claims.Count), Options(cancellationToken), async (i, ct) =>
        {
            var outcomes = new List<StitchResult>();
            foreach (var touch in claims[i])
            {
                outcomes.Add(await identities.StitchAsync(touch.AnonymousId!, touch.Email!.Value, touch.OccurredAt, touch.EventId, ct));
            }

            stitched[i] = [.. outcomes];
        });

        var owners = new Dictionary<string, EmailAddress?>(StringComparer.Ordinal);
        foreach (var (cookie, outcomes) in claims.Select(c => c.Key).Zip(stitched))
        {
            foreach (var stitch in outcomes)
            {
                owners[cookie] = stitch.Owner;
                if (stitch.PreviousOwner is { } previous && previous != stitch.Owner)
                {
                    // The cookie's earlier touches left the previous owner's journey: re-evaluate them from the start.
                    Move(previous);
                    Move(stitch.Owner);
                    replayed.UnionWith([previous, stitch.Owner]);
                }
                else if (stitch.OwnerChanged)
                {
                    Move(stitch.Owner);
                    if (stitch.PreviousOwner is null)
                        joined[cookie] = stitch.Owner;
                }
            }
        }

        // The owners of the other cookies touched, read side by side.
        var unknown = touches.Where(t => t.Email is null).Select(t => t.AnonymousId).OfType<string>()
            .Where(id => !owners.ContainsKey(id)).Distinct(StringComparer.Ordinal).ToList();
        var found = new EmailAddress?[unknown.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, unknown.Count), Options(cancellationToken),
            async (i, ct) => found[i] = await identities.OwnerOfAsync(unknown[i], ct));
        foreach (var (cookie, owner) in unknown.Zip(found))
        {
            owners[cookie] = owner;
        }

        // Each person's new touches, carried by their touches-only mark so that the evaluation need not read them.
        var carried = new Dictionary<EmailAddress, List<Touchpoint>?>();
        foreach (var touch in touches)
        {
            if ((touch.Email ?? (touch.AnonymousId is { } cookie ? owners[cookie] : null)) is { } person)
            {
                Affect(person, touch.OccurredAt);
                var known = carried.TryGetValue(person, out var list) ? list : carried[person] = [];
                if (!inserted.Contains(touch))
                    carried[person] = null;
                else
                    known?.Add(touch);
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
            full.Add(person.EmailAddress);
            replayed.Add(person.EmailAddress);
        }

        var requests = affected
            .OrderBy(a => a.Key.Value, StringComparer.Ordinal)
            .Select(a => new LeadEvaluation(a.Key.Value, a.Value == DateTimeOffset.MinValue ? null : a.Value, TouchesOnly: !full.Contains(a.Key))
            {
                Touches = full.Contains(a.Key) || moved.Contains(a.Key) ? null : carried.GetValueOrDefault(a.Key),
            })
            .ToList();
        await evaluations.RequestAsync(requests, BatchIds.For("lead", time.GetUtcNow(), envelopes.Select(e => e.Id)), cancellationToken);
        await customers.RecordAsync(touches, owners, replayed, joined, cancellationToken);
    }

    private static ParallelOptions Options(CancellationToken cancellationToken) =>
        new() { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken };
}
