using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Attribution;

/// <summary>
/// Every stored touch grouped by who it belongs to, built once so that scoping many opportunities is fast.
/// <list type="bullet">
/// <item>A touch belongs to <see cref="IdentityGraph.PersonOf"/>: its e-mail, else the owner of its stitched
/// anonymous id; otherwise to an anonymous visitor never identified.</item>
/// <item>A person's account is the latest non-empty <c>accountDomain</c> on their touches (by
/// <see cref="Touchpoint.Chronological"/>), else their e-mail's domain unless it is free mail.</item>
/// <item>A touch seen twice (same event id) is kept once, as the store does.</item>
/// </list>
/// The result does not depend on the order of the input.
/// </summary>
public sealed class TouchpointIndex
{
    private readonly Dictionary<EmailAddress, Touchpoint[]> _byPerson;
    private readonly Dictionary<EmailAddress, string?> _accountOf;
    private readonly Dictionary<string, EmailAddress[]> _peopleOf;
    private readonly Dictionary<string, Touchpoint[]> _anonymous;

    private TouchpointIndex(
        IdentityGraph identity,
        Dictionary<EmailAddress, Touchpoint[]> byPerson,
        Dictionary<EmailAddress, string?> accountOf,
        Dictionary<string, EmailAddress[]> peopleOf,
        Dictionary<string, Touchpoint[]> anonymous)
    {
        Identity = identity;
        _byPerson = byPerson;
        _accountOf = accountOf;
        _peopleOf = peopleOf;
        _anonymous = anonymous;
    }

    public IdentityGraph Identity { get; }

    /// <summary>Every person, ordinal order of their e-mail.</summary>
    public IEnumerable<EmailAddress> People => _byPerson.Keys.OrderBy(p => p.Value, StringComparer.Ordinal);

    /// <summary>Every account with at least one person, ordinal order.</summary>
    public IEnumerable<string> Accounts => _peopleOf.Keys.Order(StringComparer.Ordinal);

    /// <summary>Anonymous ids never stitched to a person, ordinal order.</summary>
    public IEnumerable<string> AnonymousVisitors => _anonymous.Keys.Order(StringComparer.Ordinal);

    public static TouchpointIndex Build(IEnumerable<Touchpoint> touchpoints)
    {
        var distinct = new Dictionary<string, Touchpoint>(StringComparer.Ordinal);
        foreach (var t in touchpoints)
        {
            distinct.TryAdd(t.EventId, t);
        }

        var all = distinct.Values.ToArray();
        Array.Sort(all, Touchpoint.Chronological);
        var identity = IdentityGraph.Build(all);
        var byPerson = new Dictionary<EmailAddress, List<Touchpoint>>();
        var anonymous = new Dictionary<string, List<Touchpoint>>(StringComparer.Ordinal);
        foreach (var t in all)
        {
            if (identity.PersonOf(t) is { } person)
            {
                Add(byPerson, person, t);
            }
            else
            {
                Add(anonymous, t.AnonymousId!, t);
            }
        }

        var accountOf = new Dictionary<EmailAddress, string?>();
        var peopleOf = new Dictionary<string, List<EmailAddress>>(StringComparer.Ordinal);
        foreach (var (person, touches) in byPerson)
        {
            var account = AccountOf(person, touches);
            accountOf[person] = account;
            if (account is not null)
            {
                Add(peopleOf, account, person);
            }
        }

        return new TouchpointIndex(
            identity,
            byPerson.ToDictionary(p => p.Key, p => p.Value.ToArray()),
            accountOf,
            peopleOf.ToDictionary(a => a.Key, a => a.Value.OrderBy(p => p.Value, StringComparer.Ordinal).ToArray(), StringComparer.Ordinal),
            anonymous.ToDictionary(a => a.Key, a => a.Value.ToArray(), StringComparer.Ordinal));
    }

    /// <summary>The person's touches (stitched anonymous ones included), chronological; empty for a stranger.</summary>
    public IReadOnlyList<Touchpoint> TouchesOf(EmailAddress person) =>
        _byPerson.TryGetValue(person, out var touches) ? touches : [];

    /// <summary>The person's account, or null (free-mail person without an account domain).</summary>
    public string? AccountOf(EmailAddress person) =>
        _accountOf.TryGetValue(person, out var account) ? account : AccountDomains.Resolve(null, person);

    /// <summary>The people of an account, ordinal order; empty for an unknown account.</summary>
    public IReadOnlyList<EmailAddress> PeopleOf(string? accountDomain) =>
        AccountDomains.Normalize(accountDomain) is { } d && _peopleOf.TryGetValue(d, out var people) ? people : [];

    /// <summary>The touches of a visitor never identified, chronological.</summary>
    public IReadOnlyList<Touchpoint> TouchesOfVisitor(string anonymousId) =>
        _anonymous.TryGetValue(anonymousId, out var touches) ? touches : [];

    /// <summary>
    /// The people whose touches make an opportunity's journey: its contacts and every person of its account,
    /// each once, contacts first.
    /// </summary>
    public IReadOnlyList<EmailAddress> PeopleOf(Opportunity opportunity)
    {
        var people = new List<EmailAddress>(opportunity.ContactEmails.Count + 4);
        foreach (var contact in opportunity.ContactEmails)
        {
            if (!people.Contains(contact))
            {
                people.Add(contact);
            }
        }

        foreach (var person in PeopleOf(opportunity.AccountDomain))
        {
            if (!people.Contains(person))
            {
                people.Add(person);
            }
        }

        return people;
    }

    /// <summary>Every touch of the opportunity's people (unordered, unwindowed): the input of <see cref="Journey.Build"/>.</summary>
    public IReadOnlyList<Touchpoint> ScopeOf(Opportunity opportunity)
    {
        var touches = new List<Touchpoint>();
        foreach (var person in PeopleOf(opportunity))
        {
            touches.AddRange(TouchesOf(person));
        }

        return touches;
    }

    private static string? AccountOf(EmailAddress person, List<Touchpoint> chronological)
    {
        for (var i = chronological.Count - 1; i >= 0; i--)
        {
            if (chronological[i].AccountDomain is { } domain)
            {
                return domain;
            }
        }

        return AccountDomains.Resolve(null, person);
    }

    private static void Add<TKey, TValue>(Dictionary<TKey, List<TValue>> map, TKey key, TValue value)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var list))
        {
            list = [];
            map[key] = list;
        }

        list.Add(value);
    }
}
