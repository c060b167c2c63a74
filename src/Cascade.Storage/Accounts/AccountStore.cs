using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Accounts;

/// <summary>
/// The <c>Accounts</c> table: the people of each account (company domain), for attribution journeys that
/// span an account.
/// </summary>
/// <remarks>
/// Keys: PartitionKey = account domain (escaped), RowKey = e-mail (escaped). One partition query lists an
/// account's people. Membership writes are upserts (idempotent), batched per domain in entity-group
/// transactions.
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
                PartitionKey = TableKeys.Escape(m.Domain),
                RowKey = TableKeys.Escape(m.Email.Value),
                Domain = m.Domain,
                Email = m.Email.Value,
            }));
        return EntityGroups.SubmitAsync(Table, actions, cancellationToken);
    }

    /// <summary>The people of <paramref name="domain"/>, ordinal order.</summary>
    public async Task<IReadOnlyList<EmailAddress>> MembersOfAsync(string domain, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<AccountMemberEntity>(Table, TableKeys.Escape(domain), cancellationToken);
        return rows.Select(r => EmailAddress.Parse(r.Email)).OrderBy(e => e.Value, StringComparer.Ordinal).ToList();
    }
}
