using Azure;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Accounts;

public sealed partial class AccountStore
{
    /// <summary>
    /// Takes a person out of accounts (erasure on request). Membership rows are idempotent upserts with no
    /// version to protect, so the delete is unconditional; a row that is not there changes nothing.
    /// </summary>
    public async Task RemoveMemberAsync(IEnumerable<string> domains, EmailAddress email, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(domains);
        foreach (var domain in domains.Distinct(StringComparer.Ordinal))
        {
            await Table.DeleteEntityAsync(BucketOf(domain), RowOf(domain, email), ETag.All, cancellationToken);
        }
    }
}
