using Azure.Data.Tables;
using Cascade.Domain.Spend;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Spend;

/// <summary>
/// The <c>Spend</c> table: what was spent per month, channel and campaign.
/// </summary>
/// <remarks>
/// Keys: PartitionKey = the month (<c>2026-03</c>), RowKey = <c>{channel}|{campaign}</c> (escaped; empty campaign
/// without one). A period's spend is one partition read per month, never a scan. Saving upserts (replace) every
/// cell in entity-group transactions of one month each, ≤ 100 cells a transaction: the same entries saved twice
/// leave the same rows, and a later entry for a cell replaces the earlier one (the upload is a PUT per cell).
/// </remarks>
public sealed partial class SpendStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.SpendTable);

    /// <summary>Sets each entry's cell; entries for the same cell must have been reduced to the last one by the caller.</summary>
    public async Task SaveAsync(IReadOnlyList<SpendEntry> entries, string currency, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentException.ThrowIfNullOrEmpty(currency);
        var actions = entries.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, ToEntity(e, currency)));
        await EntityGroups.SubmitAsync(Table, actions, cancellationToken);
    }

    /// <summary>The entries of <paramref name="months"/>, ordered by month, then row key.</summary>
    public async Task<IReadOnlyList<SpendEntry>> ListAsync(IReadOnlyList<SpendMonth> months, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(months);
        var reads = months.Distinct().Order()
            .Select(m => TableQueries.PartitionAsync<SpendEntity>(Table, m.ToString(), cancellationToken))
            .ToList();
        await Task.WhenAll(reads);
        return reads.SelectMany(r => r.Result).Select(ToDomain).ToList();
    }
}
