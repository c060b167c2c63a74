using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Identities;

public sealed partial class IdentityStore
{
    /// <summary>
    /// Forgets a person's identities for an erasure on request: the owner rows of the anonymous ids stitched to
    /// them and every link row of theirs. Returns how many rows went. An owner row is deleted only while it
    /// still names the person (If-Match on the ETag read), so an id that a concurrent stitch gave to someone
    /// else stays theirs.
    /// </summary>
    public async Task<int> ForgetAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var links = await TableQueries.PartitionAsync<IdentityLinkEntity>(Table, PersonPartition(email), cancellationToken);
        var removed = 0;
        foreach (var link in links)
        {
            var owned = await ETagRetry.RunAsync(
                $"forget '{link.AnonymousId}'", _retry, ct => TryForgetOwnerAsync(link.AnonymousId, email, ct), cancellationToken);
            removed += owned ? 1 : 0;
        }

        // Links are only an index (see the class remarks), so they go unconditionally.
        await EntityGroups.SubmitAsync(
            Table, links.Select(l => new TableTransactionAction(TableTransactionActionType.Delete, l, ETag.All)), cancellationToken);
        return removed + links.Count;
    }

    private async Task<bool> TryForgetOwnerAsync(string anonymousId, EmailAddress email, CancellationToken cancellationToken)
    {
        var owner = await TableQueries.FindAsync<IdentityOwnerEntity>(Table, AnonymousPartition(anonymousId), OwnerRow, cancellationToken);
        if (owner is null || EmailAddress.Parse(owner.Email) != email)
        {
            return false;
        }

        await Table.DeleteEntityAsync(owner.PartitionKey, owner.RowKey, owner.ETag, cancellationToken);
        return true;
    }
}
