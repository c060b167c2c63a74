using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Accounts;

/// <summary>
/// The <c>Accounts</c> table: the people of each account (company domain), for attribution journeys that
/// span an account.
/// </summary>
/// <remarks>
/// Keys: PartitionKey = <c>m</c> + the first hex digit of SHA-256(escaped domain): 16 buckets shared by the accounts, so
/// the members a message names (hundreds of domains in a webinar import) are about 16 upsert transactions, not one per
/// domain. RowKey = <see cref="TableKeys.RangePrefix"/>(escaped domain) + escaped e-mail, so one row range query lists an
/// account's people. Membership writes are upserts (idempotent).
/// </remarks>
public sealed partial class AccountStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.AccountsTable);

    /// <summary>Adds people to accounts; adding someone already there changes nothing.</summary>
    public Task AddMembersAsync(IEnumerable<(string Domain, EmailAddress Email)> members, CancellationToken cancellationToken = default)
    {
        var actions = members
            .DistinctBy(m => (m.Domain, m.Email))
            .Select(m => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new AccountMemberEntity
            {
                PartitionKey = BucketOf(m.Domain),
                RowKey = RowOf(m.Domain, m.Email),
                Domain = m.Domain,
                Email = m.Email.Value,
            }));
        return EntityGroups.SubmitAsync(Table, actions, cancellationToken);
    }

    /// <summary>The people of <paramref name="domain"/>, ordinal order.</summary>
    public async Task<IReadOnlyList<EmailAddress>> MembersOfAsync(string domain, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.RowPrefixAsync<AccountMemberEntity>(Table, BucketOf(domain), TableKeys.RangePrefix(TableKeys.Escape(domain)), cancellationToken);
        return rows.Select(r => EmailAddress.Parse(r.Email)).OrderBy(e => e.Value, StringComparer.Ordinal).ToList();
    }

    /// <summary>Whether <paramref name="email"/> is one of the people of <paramref name="domain"/>: one point read.</summary>
    public async Task<bool> IsMemberAsync(string domain, EmailAddress email, CancellationToken cancellationToken = default) =>
        await TableQueries.FindAsync<AccountMemberEntity>(Table, BucketOf(domain), RowOf(domain, email), cancellationToken) is not null;

    private static string BucketOf(string domain) => TableKeys.Bucket("m", TableKeys.Escape(domain));

    private static string RowOf(string domain, EmailAddress email) => TableKeys.RangePrefix(TableKeys.Escape(domain)) + TableKeys.Escape(email.Value);
}
