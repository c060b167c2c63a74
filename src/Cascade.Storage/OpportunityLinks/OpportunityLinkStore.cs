using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.OpportunityLinks;

/// <summary>
/// Which opportunities name a person as contact or belong to an account, so that a touch or a lead's
/// re-evaluation finds the opportunities it concerns without a scan. Table <c>OpportunityLinks</c>:
/// PartitionKey = <c>c:{email}</c> (contact) or <c>a:{domain}</c> (account), RowKey = the escaped opportunity
/// id. Links are only added (a contact removed in the CRM keeps its link; readers check the current state).
/// </summary>
public sealed class OpportunityLinkStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.OpportunityLinksTable);

    /// <summary>Links <paramref name="opportunity"/> to its contacts and its account (idempotent upserts).</summary>
    public Task LinkAsync(Opportunity opportunity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(opportunity);
        var partitions = opportunity.ContactEmails.Select(ContactPartition).ToList();
        if (opportunity.AccountDomain is { } domain)
        {
            partitions.Add(AccountPartition(domain));
        }

        var actions = partitions.Distinct(StringComparer.Ordinal).Select(p => new TableTransactionAction(
            TableTransactionActionType.UpsertReplace,
            new OpportunityLinkEntity { PartitionKey = p, RowKey = TableKeys.Escape(opportunity.OpportunityId), OpportunityId = opportunity.OpportunityId }));
        return EntityGroups.SubmitAsync(Table, actions, cancellationToken);
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
}
