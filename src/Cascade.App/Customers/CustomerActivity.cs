using Cascade.Domain.Customers;
using Cascade.Domain.Customers.Events;
using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Accounts;
using Cascade.Storage.Customers;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Customers;

/// <summary>
/// What a batch of stored touches means for customers: survey answers are listed under their month for the customers
/// report, and the accounts of the people touched are re-evaluated when they are customers (activity re-engages).
/// Idempotent: the index upserts and the re-evaluation replays the stored facts.
/// </summary>
/// <remarks>
/// A touch that carries an e-mail is activity of the account the <c>Accounts</c> table lists its person under for it
/// (the touch's own account, else the e-mail's domain). An anonymous touch of a stitched cookie is activity of its
/// owner's e-mail domain when the owner is one of that account's people (one point read, only for accounts on the
/// customer list): that is the account a replay would find the touch in. The accounts of people whose facts changed
/// beyond their touches (a cookie's earlier touches moved from one of them to another, an import) are replayed. A
/// cookie stitched to a person from no one's brings its earlier touches to the accounts a replay of that person's
/// would have brought them to — those of their touches here, and their e-mail domain when they are its person — read
/// (one range) only when one of those accounts is on the customer list: before the stitch no account counted them.
/// </remarks>
public sealed class CustomerActivity(
    CustomerFactStore facts, CustomerStore customers, AccountStore accounts, TouchpointStore touchpoints, CustomerStatusUpdater updater)
{
    /// <summary>Membership and cookie reads at once.</summary>
    private const int Parallelism = 8;

    /// <param name="touches">The touches just stored.</param>
    /// <param name="owners">The owner of each anonymous id among them, as read after they were stored (null: none).</param>
    /// <param name="replay">The people whose facts changed beyond their touches: their accounts are replayed.</param>
    /// <param name="joined">The cookies these touches stitched to a person from no one's, with that person.</param>
    /// <param name="cancellationToken">Stops the work.</param>
    public async Task RecordAsync(
        IReadOnlyList<Touchpoint> touches,
        IReadOnlyDictionary<string, EmailAddress?> owners,
        IReadOnlySet<EmailAddress> replay,
        IReadOnlyDictionary<string, EmailAddress>? joined = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(touches);
        ArgumentNullException.ThrowIfNull(owners);
        ArgumentNullException.ThrowIfNull(replay);
        var answers = touches
            .Where(t => TouchpointTypes.IsSurveyAnswer(t.Type) && t.Score is not null)
            .Select(t => new NpsAnswer(t.Email?.Value ?? "a:" + t.AnonymousId, t.OccurredAt, t.EventId, t.Score!.Value))
            .ToList();
        await facts.AddNpsAsync(answers, cancellationToken);

        var activity = new Dictionary<string, List<CustomerFact>>(StringComparer.Ordinal);
        void Add(string domain, Touchpoint touch) =>
            (activity.TryGetValue(domain, out var facts) ? facts : activity[domain] = []).Add(new CustomerFact(touch.OccurredAt, new ActivityRecorded(touch.EventId)));
        var byPerson = touches.Where(t => t.Email is not null).ToLookup(t => t.Email!.Value);
        var replayed = replay.SelectMany(p => DomainsOf(p, byPerson[p])).ToHashSet(StringComparer.Ordinal);
        foreach (var touch in touches.Where(t => t.Email is { } email && !replay.Contains(email)))
        {
            if (AccountDomains.Resolve(touch.AccountDomain, touch.Email) is { } domain)
                Add(domain, touch);
        }

        var newly = (joined ?? new Dictionary<string, EmailAddress>())
            .Where(j => !replay.Contains(j.Value))
            .Select(j => (Cookie: j.Key, Owner: j.Value, Domains: DomainsOf(j.Value, byPerson[j.Value])))
            .ToList();
        // Each anonymous touch of someone's cookie, with their e-mail domain: the account it may be activity of.
        var owned = new List<(Touchpoint Touch, EmailAddress Owner, string Domain)>();
        void Own(Touchpoint touch, EmailAddress owner)
        {
            if (AccountDomains.Resolve(null, owner) is { } domain)
                owned.Add((touch, owner, domain));
        }

        foreach (var touch in touches.Where(t => t.Email is null))
        {
            if (touch.AnonymousId is { } cookie && owners.GetValueOrDefault(cookie) is { } owner && !replay.Contains(owner))
                Own(touch, owner);
        }

        var listed = (await customers.MayBeCustomersAsync(
                activity.Keys.Concat(replayed).Concat(owned.Select(o => o.Domain)).Concat(newly.SelectMany(n => n.Domains)), cancellationToken))
            .ToHashSet(StringComparer.Ordinal);

        // A newly stitched cookie's earlier touches count for its owner's accounts of these touches (whose person they are
        // now) and, as any touch of a cookie of theirs, for their e-mail domain when they are its person.
        var read = newly.Where(n => n.Domains.Any(listed.Contains)).ToList();
        var earlier = new IReadOnlyList<Touchpoint>[read.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, read.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => earlier[i] = await touchpoints.ListByAnonymousIdAsync(read[i].Cookie, ct));
        foreach (var ((_, owner, domains), cookieTouches) in read.Zip(earlier))
        {
            foreach (var touch in cookieTouches)
                Own(touch, owner);
            foreach (var domain in domains.Where(d => d != AccountDomains.Resolve(null, owner)))
            {
                foreach (var touch in cookieTouches)
                    Add(domain, touch);
            }
        }

        var candidates = owned
            .Where(o => listed.Contains(o.Domain) && !replayed.Contains(o.Domain))
            .GroupBy(o => (o.Owner, o.Domain), o => o.Touch)
            .Select(g => (g.Key.Owner, g.Key.Domain, Touches: g.DistinctBy(t => t.EventId, StringComparer.Ordinal).ToList()))
            .ToList();
        var members = new bool[candidates.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, candidates.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => members[i] = await accounts.IsMemberAsync(candidates[i].Domain, candidates[i].Owner, ct));
        foreach (var (candidate, _) in candidates.Zip(members).Where(c => c.Second))
        {
            foreach (var touch in candidate.Touches)
                Add(candidate.Domain, touch);
        }

        foreach (var domain in replayed)
        {
            activity.Remove(domain);
        }

        await updater.RefreshCustomersAsync(activity.Keys.Concat(replayed).Where(listed.Contains), activity, cancellationToken);
    }

    /// <summary>The accounts a replay of <paramref name="person"/>'s is asked for: their e-mail domain and those of <paramref name="theirs"/>, their touches here.</summary>
    private static List<string> DomainsOf(EmailAddress person, IEnumerable<Touchpoint> theirs) =>
        theirs.Select(t => AccountDomains.Resolve(t.AccountDomain, t.Email))
            .Append(AccountDomains.Resolve(null, person))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .ToList();
}
