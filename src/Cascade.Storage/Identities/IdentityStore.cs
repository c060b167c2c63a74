using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Identities;

/// <summary>
/// The <c>Identities</c> table: which person each anonymous id is stitched to (domain §1).
/// </summary>
/// <remarks>
/// <para>Keys:</para>
/// <list type="bullet">
/// <item>Owner row: PartitionKey = <c>a:{anonymousId}</c>, RowKey = <c>owner</c>; holds the e-mail and the
/// stitching touch's occurredAt and eventId. One point read resolves an anonymous id.</item>
/// <item>Link rows: PartitionKey = <c>p:{email}</c>, RowKey = <c>{anonymousId}</c>; one partition query lists a
/// person's anonymous ids. Links are an index only: a reader keeps those whose owner row still names the
/// person, so a link left behind by an interrupted takeover is harmless.</item>
/// </list>
/// <para>The first e-mail by (occurredAt, eventId) keeps an anonymous id, whatever the arrival order: a stitch
/// that arrives later but happened earlier replaces the owner. The owner row is changed with If-Match and
/// retried on 412 (or 409 on a concurrent first claim) by <see cref="ETagRetry"/>.</para>
/// </remarks>
public sealed partial class IdentityStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    private const string OwnerRow = "owner";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.IdentitiesTable);

    /// <summary>Records that <paramref name="anonymousId"/> was seen with <paramref name="email"/> in touch <paramref name="eventId"/>.</summary>
    public async Task<StitchResult> StitchAsync(
        string anonymousId, EmailAddress email, DateTimeOffset occurredAt, string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(anonymousId);
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        var (result, linked) = await ETagRetry.RunAsync(
            $"stitch '{anonymousId}'", _retry, ct => ClaimAsync(anonymousId, email, occurredAt.ToUniversalTime(), eventId, ct), cancellationToken);

        if (!linked)
        {
            await Table.UpsertEntityAsync(Link(result.Owner, anonymousId), TableUpdateMode.Replace, cancellationToken);
        }

        if (result.PreviousOwner is { } previous && previous != result.Owner)
        {
            await Table.DeleteEntityAsync(PersonPartition(previous), TableKeys.Escape(anonymousId), ETag.All, cancellationToken);
        }

        return result;
    }

    /// <summary>The person an anonymous id is stitched to, or null.</summary>
    public async Task<EmailAddress?> OwnerOfAsync(string anonymousId, CancellationToken cancellationToken = default)
    {
        var owner = await TableQueries.FindAsync<IdentityOwnerEntity>(Table, AnonymousPartition(anonymousId), OwnerRow, cancellationToken);
        return owner is null ? null : EmailAddress.Parse(owner.Email);
    }

    /// <summary>Every anonymous id stitched to <paramref name="email"/>, ordinal order.</summary>
    public async Task<IReadOnlyList<string>> AnonymousIdsOfAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var links = await TableQueries.PartitionAsync<IdentityLinkEntity>(Table, PersonPartition(email), cancellationToken);
        var owners = await Task.WhenAll(links.Select(l => OwnerOfAsync(l.AnonymousId, cancellationToken)));
        return links.Where((_, i) => owners[i] == email).Select(l => l.AnonymousId).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Claims the owner row; answers whether the owner's link row is known to be written already: true only when this
    /// stitch wrote nothing and the stored claim comes from another touch, whose own stitch wrote the link after its
    /// claim (a crash in between is retried with that touch, whose replay finds its own claim and writes the link).
    /// </summary>
    private async Task<(StitchResult, bool Linked)> ClaimAsync(
        string anonymousId, EmailAddress email, DateTimeOffset occurredAt, string eventId, CancellationToken cancellationToken)
    {
        var current = await TableQueries.FindAsync<IdentityOwnerEntity>(Table, AnonymousPartition(anonymousId), OwnerRow, cancellationToken);
        var claim = new IdentityOwnerEntity
        {
            PartitionKey = AnonymousPartition(anonymousId),
            RowKey = OwnerRow,
            AnonymousId = anonymousId,
            Email = email.Value,
            StitchedAt = occurredAt,
            StitchEventId = eventId,
        };
        if (current is null)
        {
            await Table.AddEntityAsync(claim, cancellationToken);
            return (new StitchResult(StitchOutcome.Claimed, email), false);
        }

        var owner = EmailAddress.Parse(current.Email);
        var earlier = occurredAt != current.StitchedAt
            ? occurredAt < current.StitchedAt
            : string.CompareOrdinal(eventId, current.StitchEventId) < 0;
        if (!earlier)
        {
            var replay = string.Equals(eventId, current.StitchEventId, StringComparison.Ordinal);
            return (new StitchResult(owner == email ? StitchOutcome.AlreadyOwned : StitchOutcome.KeptByEarlier, owner), !replay);
        }

        await Table.UpdateEntityAsync(claim, current.ETag, TableUpdateMode.Replace, cancellationToken);
        return owner == email
            ? (new StitchResult(StitchOutcome.AlreadyOwned, email), false)
            : (new StitchResult(StitchOutcome.Replaced, email, owner), false);
    }

    private static IdentityLinkEntity Link(EmailAddress email, string anonymousId) => new()
    {
        PartitionKey = PersonPartition(email),
        RowKey = TableKeys.Escape(anonymousId),
        AnonymousId = anonymousId,
    };

    private static string AnonymousPartition(string anonymousId) => "a:" + TableKeys.Escape(anonymousId);

    private static string PersonPartition(EmailAddress email) => "p:" + TableKeys.Escape(email.Value);
}
