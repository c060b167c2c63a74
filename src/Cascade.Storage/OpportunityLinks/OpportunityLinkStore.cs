using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Opportunities;
using Cascade.Storage.Tables;

namespace Cascade.Storage.OpportunityLinks;

/// <summary>
/// Which opportunities name a person as contact or belong to an account, so that a touch or a lead's
/// re-evaluation finds the opportunities it concerns without a scan. Table <c>OpportunityLinks</c>:
/// PartitionKey = <c>c:{email}</c> (contact) or <c>a:{domain}</c> (account), RowKey = the escaped opportunity
/// id. Links are only added (a contact removed in the CRM keeps its link; readers check the current state).
/// </summary>
/// <remarks>
/// An account's link row also keeps the deal's versions (compressed), so the readers of an account's deals — the
/// evaluation of its people, its customer status, the deal types — read the partition and no deal. The writer reads the
/// row, then the versions, and writes If-Match what it read (a lost race reads both again), for every account the
/// versions name and every account it kept them for before (registered under <c>o:{opportunityId}</c> before the
/// account's row is first written): whichever writer of a deal writes a row last read the versions after every other
/// writer's write of it, so the row ends with every version stored before, and a deal moved to another account (or whose
/// version another at the same instant replaced) leaves its old account's row saying so. A version stored but not yet
/// kept on the row is as if stored a moment later: its writer asks for the evaluations, attributions and customer
/// replays it causes only after keeping it.
/// </remarks>
public sealed class OpportunityLinkStore(CascadeStorage storage, ETagRetryOptions? retry = null)
{
    /// <summary>Parts of 64 KiB at most: hundreds of versions compressed; a deal with more is read instead.</summary>
    private const int MaxVersionParts = 2;

    private const string AccountDomainColumn = "AccountDomain";

    private readonly ETagRetryOptions _retry = retry ?? ETagRetryOptions.Default;

    private TableClient Table => storage.Table(StorageNames.OpportunityLinksTable);

    /// <summary>
    /// Links <paramref name="opportunity"/> to its contacts (idempotent upserts) and keeps the deal's versions, as
    /// <paramref name="readVersions"/> reads them, on the link row of each account they name; answers the versions read last.
    /// </summary>
    public async Task<IReadOnlyList<Opportunity>> LinkAsync(
        Opportunity opportunity, Func<string, CancellationToken, Task<IReadOnlyList<Opportunity>>> readVersions, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        ArgumentNullException.ThrowIfNull(readVersions);
        var contacts = opportunity.ContactEmails.Select(ContactPartition).Distinct(StringComparer.Ordinal).Select(p => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new OpportunityLinkEntity { PartitionKey = p, RowKey = TableKeys.Escape(opportunity.OpportunityId), OpportunityId = opportunity.OpportunityId }));
        await EntityGroups.SubmitAsync(Table, contacts, cancellationToken);
        return await ETagRetry.RunAsync(
            $"keep the versions of opportunity '{opportunity.OpportunityId}' on its accounts",
            _retry,
            ct => TryKeepVersionsAsync(opportunity, readVersions, ct),
            cancellationToken);
    }

    private async Task<IReadOnlyList<Opportunity>> TryKeepVersionsAsync(
        Opportunity opportunity, Func<string, CancellationToken, Task<IReadOnlyList<Opportunity>>> readVersions, CancellationToken cancellationToken)
    {
        var id = opportunity.OpportunityId;
        var rowKey = TableKeys.Escape(id);
        var rows = new Dictionary<string, TableEntity?>(StringComparer.Ordinal);
        // Every account a row of the deal was ever kept for, also one whose version another at the same instant replaced
        // since (its row still names the deal).
        var registered = (await TableQueries.PartitionAsync<TableEntity>(Table, DealPartition(id), cancellationToken))
            .Select(r => r.GetString(AccountDomainColumn))
            .ToHashSet(StringComparer.Ordinal);
        var unread = registered.Append(opportunity.AccountDomain).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        IReadOnlyList<Opportunity> versions;
        // Accounts are registered, then their rows read, then the versions; an account named only by a version read after
        // them is registered and read, and the versions read again, until they name no account whose row was not read first.
        do
        {
            var unregistered = unread.Where(d => !registered.Contains(d)).ToList();
            await EntityGroups.SubmitAsync(
                Table,
                unregistered.Select(d => new TableTransactionAction(
                    TableTransactionActionType.UpsertReplace,
                    new TableEntity(DealPartition(id), TableKeys.Escape(d)) { [AccountDomainColumn] = d })),
                cancellationToken);
            registered.UnionWith(unregistered);
            foreach (var domain in unread)
            {
                rows[domain] = await TableQueries.FindAsync<TableEntity>(Table, AccountPartition(domain), rowKey, cancellationToken);
            }

            versions = await readVersions(id, cancellationToken);
            unread = versions.Select(v => v.AccountDomain).OfType<string>().Distinct(StringComparer.Ordinal).Where(d => !rows.ContainsKey(d)).ToList();
        }
        while (unread.Count > 0);

        var parts = OpportunityStore.Encode(versions, MaxVersionParts);
        foreach (var (domain, row) in rows)
        {
            if (row is not null && SameParts(CompressedParts.Get(row), parts))
            {
                continue;
            }

            var entity = new TableEntity(AccountPartition(domain), rowKey) { [nameof(OpportunityLinkEntity.OpportunityId)] = id };
            if (parts is not null)
            {
                CompressedParts.Put(entity, parts);
            }

            await (row is null
                ? Table.AddEntityAsync(entity, cancellationToken)
                : Table.UpdateEntityAsync(entity, row.ETag, TableUpdateMode.Replace, cancellationToken));
        }

        return versions;
    }

    private static bool SameParts(IReadOnlyList<byte[]>? kept, IReadOnlyList<byte[]>? parts) =>
        kept is null || parts is null ? kept is null && parts is null : kept.SelectMany(p => p).SequenceEqual(parts.SelectMany(p => p));

    /// <summary>
    /// The deals linked to <paramref name="accountDomain"/> (one partition), ordinal order of id, each with the versions
    /// its row keeps.
    /// </summary>
    public async Task<IReadOnlyList<AccountDealLink>> DealsOfAccountAsync(string accountDomain, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<TableEntity>(Table, AccountPartition(accountDomain), cancellationToken);
        return rows
            .Select(r => new AccountDealLink(
                r.GetString(nameof(OpportunityLinkEntity.OpportunityId)),
                CompressedParts.Get(r) is { } parts ? OpportunityStore.Decode(parts) : null))
            .DistinctBy(d => d.OpportunityId, StringComparer.Ordinal)
            .OrderBy(d => d.OpportunityId, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The ids of the opportunities naming <paramref name="email"/> or of <paramref name="accountDomain"/>.</summary>
    public async Task<IReadOnlyList<string>> OpportunitiesOfAsync(
        EmailAddress email, string? accountDomain, CancellationToken cancellationToken = default)
    {
        var reads = new List<Task<List<OpportunityLinkEntity>>>
        {
            TableQueries.PartitionAsync<OpportunityLinkEntity>(Table, ContactPartition(email), cancellationToken),
        };
        if (accountDomain is not null)
        {
            reads.Add(TableQueries.PartitionAsync<OpportunityLinkEntity>(Table, AccountPartition(accountDomain), cancellationToken));
        }

        var rows = await Task.WhenAll(reads);
        return rows.SelectMany(r => r).Select(r => r.OpportunityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The ids of the opportunities naming <paramref name="email"/> as a contact.</summary>
    public async Task<IReadOnlyList<string>> ContactOpportunitiesAsync(EmailAddress email, CancellationToken cancellationToken = default) =>
        (await TableQueries.PartitionAsync<OpportunityLinkEntity>(Table, ContactPartition(email), cancellationToken)).Select(r => r.OpportunityId).ToList();

    /// <summary>The ids of the opportunities that ever named <paramref name="accountDomain"/> (one partition), ordinal order.</summary>
    public async Task<IReadOnlyList<string>> OfAccountAsync(string accountDomain, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<OpportunityLinkEntity>(Table, AccountPartition(accountDomain), cancellationToken);
        return rows.Select(r => r.OpportunityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string ContactPartition(EmailAddress email) => "c:" + TableKeys.Escape(email.Value);

    private static string AccountPartition(string domain) => "a:" + TableKeys.Escape(domain);

    /// <summary>The accounts a deal's versions were kept for, one row each: a writer rewrites them all.</summary>
    private static string DealPartition(string opportunityId) => "o:" + TableKeys.Escape(opportunityId);
}
