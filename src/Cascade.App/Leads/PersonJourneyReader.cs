using Cascade.Domain.Identity;
using Cascade.Domain.Touchpoints;
using Cascade.Storage.Identities;
using Cascade.Storage.Touchpoints;

namespace Cascade.App.Leads;

/// <summary>
/// Reads a person's journey by key: their own touch range, and the range of each anonymous id stitched to them.
/// </summary>
/// <remarks>
/// An anonymous id is stitched only by a touch that carries it with the e-mail, and that touch is stored (in the
/// person's own range) before its stitch. So the ids that can be the person's are those their own touches carry, and
/// the owner row of each (a point read) says whether it is theirs now; the person's link partition in
/// <c>Identities</c>, an index kept for erasure, need not be read. Ids read last time (<c>guess</c>) are read beside the
/// own range, owner and range at once, so the usual journey takes one round of requests.
/// </remarks>
public sealed class PersonJourneyReader(TouchpointStore touchpoints, IdentityStore identities)
{
    public async Task<StitchedJourney> ReadAsync(EmailAddress email, IReadOnlyList<string> guess, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(guess);
        var own = touchpoints.ListByPersonAsync(email, cancellationToken);
        var guessed = guess.Distinct(StringComparer.Ordinal).ToDictionary(id => id, id => ReadIdAsync(id, cancellationToken), StringComparer.Ordinal);
        var carried = (await own).Select(t => t.AnonymousId).OfType<string>().Distinct(StringComparer.Ordinal).Where(id => !guessed.ContainsKey(id));
        var owners = carried.ToDictionary(id => id, id => identities.OwnerOfAsync(id, cancellationToken), StringComparer.Ordinal);
        await Task.WhenAll(guessed.Values.Select(r => (Task)r.Owner).Concat(guessed.Values.Select(r => r.Touches)).Concat(owners.Values));

        var found = owners.Where(o => o.Value.Result == email).Select(o => o.Key).ToList();
        var ranges = await Task.WhenAll(found.Select(id => touchpoints.ListByAnonymousIdAsync(id, cancellationToken)));
        var kept = guessed.Where(g => g.Value.Owner.Result == email).ToList();

        var touches = (await own).Concat(ranges.SelectMany(r => r)).Concat(kept.SelectMany(g => g.Value.Touches.Result)).ToList();
        touches.Sort(Touchpoint.Chronological);
        var ids = found.Concat(kept.Select(g => g.Key)).Order(StringComparer.Ordinal).ToList();
        return new StitchedJourney(ids, touches);
    }

    private (Task<EmailAddress?> Owner, Task<IReadOnlyList<Touchpoint>> Touches) ReadIdAsync(string anonymousId, CancellationToken cancellationToken) =>
        (identities.OwnerOfAsync(anonymousId, cancellationToken), touchpoints.ListByAnonymousIdAsync(anonymousId, cancellationToken));
}
