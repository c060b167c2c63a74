using Azure.Data.Tables;
using Cascade.Domain.Identity;
using Cascade.Storage.Tables;

namespace Cascade.Storage.LeadFacts;

/// <summary>
/// Imports and sales actions per person. Table <c>LeadFacts</c>: PartitionKey = the escaped e-mail (a
/// person's facts are one partition read when the lead is re-evaluated), RowKey = <c>{kind}:{id}</c>, so
/// storing the same fact twice is a no-op.
/// </summary>
public sealed class LeadFactStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.LeadFactsTable);

    /// <summary>Stores <paramref name="fact"/> unless it is there already; true when it was new.</summary>
    public async Task<bool> AddAsync(LeadFactRecord fact, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var present = await InsertIfAbsent.RunAsync(Table, [ToEntity(fact)], cancellationToken);
        return !present[0];
    }

    public async Task<IReadOnlyList<LeadFactRecord>> ListAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<LeadFactEntity>(Table, TableKeys.Escape(email.Value), cancellationToken);
        return rows.Select(ToRecord).OrderBy(f => f.At).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every fact of every person. A full scan: for reports and jobs only.</summary>
    public async Task<IReadOnlyList<LeadFactRecord>> ListAllAsync(CancellationToken cancellationToken = default)
    {
        var facts = new List<LeadFactRecord>();
        await foreach (var row in Table.QueryAsync<LeadFactEntity>(cancellationToken: cancellationToken))
        {
            facts.Add(ToRecord(row));
        }

        return facts.OrderBy(f => f.At).ThenBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Removes every fact of a person (erasure on request).</summary>
    public async Task DeleteAllAsync(EmailAddress email, CancellationToken cancellationToken = default)
    {
        var rows = await TableQueries.PartitionAsync<LeadFactEntity>(Table, TableKeys.Escape(email.Value), cancellationToken);
        await EntityGroups.SubmitAsync(Table, rows.Select(r => new TableTransactionAction(TableTransactionActionType.Delete, r)), cancellationToken);
    }

    private static LeadFactEntity ToEntity(LeadFactRecord f) => new()
    {
        PartitionKey = TableKeys.Escape(f.Email.Value),
        RowKey = TableKeys.Escape($"{f.Kind}:{f.Id}"),
        Email = f.Email.Value,
        Kind = f.Kind,
        Id = f.Id,
        At = f.At,
        Json = f.Json,
    };

    private static LeadFactRecord ToRecord(LeadFactEntity e) => new(EmailAddress.Parse(e.Email), e.Kind, e.Id, e.At, e.Json);
}
