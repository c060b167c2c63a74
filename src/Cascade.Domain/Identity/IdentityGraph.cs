using Cascade.Domain.Touchpoints;

namespace Cascade.Domain.Identity;

/// <summary>
/// Stitching (domain §1): an anonymous id seen together with an e-mail belongs to that person, for its
/// touches before and after. The first e-mail stitched to an anonymous id keeps it; "first" is by the
/// touch's <c>occurredAt</c> then <c>eventId</c>, so the graph does not depend on arrival order.
/// </summary>
public sealed class IdentityGraph
{
    private readonly Dictionary<string, (EmailAddress Email, Touchpoint By)> _owners;

    private IdentityGraph(Dictionary<string, (EmailAddress Email, Touchpoint By)> owners) => _owners = owners;

    public static IdentityGraph Empty { get; } = new(new Dictionary<string, (EmailAddress, Touchpoint)>(StringComparer.Ordinal));

    /// <summary>Builds the graph from every touchpoint that carries both an anonymous id and an e-mail.</summary>
    public static IdentityGraph Build(IEnumerable<Touchpoint> touchpoints)
    {
        var owners = new Dictionary<string, (EmailAddress Email, Touchpoint By)>(StringComparer.Ordinal);
        foreach (var t in touchpoints)
        {
            if (t is not { AnonymousId: { } anonymousId, Email: { } email })
            {
                continue;
            }

            if (!owners.TryGetValue(anonymousId, out var current) || Touchpoint.Chronological.Compare(t, current.By) < 0)
            {
                owners[anonymousId] = (email, t);
            }
        }

        return new IdentityGraph(owners);
    }

    /// <summary>The person an anonymous id is stitched to, if any.</summary>
    public EmailAddress? OwnerOf(string anonymousId) =>
        _owners.TryGetValue(anonymousId, out var owner) ? owner.Email : null;

    /// <summary>Every anonymous id stitched to <paramref name="email"/>, ordinal order.</summary>
    public IReadOnlyList<string> AnonymousIdsOf(EmailAddress email) =>
        _owners.Where(o => o.Value.Email == email).Select(o => o.Key).Order(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Whose touch this is: its e-mail, else the owner of its anonymous id; null for a visitor never identified.
    /// </summary>
    public EmailAddress? PersonOf(Touchpoint touchpoint) =>
        touchpoint.Email ?? (touchpoint.AnonymousId is { } a ? OwnerOf(a) : null);
}
