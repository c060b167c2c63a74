using Azure.Data.Tables;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.OpportunityQuarters;

/// <summary>
/// The <c>OpportunityQuarters</c> table: which opportunity histories each quarter's waterfall depends on
/// (<see cref="WaterfallQuarters"/>), so a quarter's pipeline reports read that quarter's partition and then each
/// listed opportunity's versions by key, never the whole store.
/// </summary>
/// <remarks>
/// Keys: PartitionKey the quarter's first month, <c>yyyy-MM</c> (UTC; fiscal quarters are whole months, so the key
/// does not depend on how the calendar names the quarter), RowKey the escaped opportunity id. Rows are upserts and
/// never deleted: a quarter a history no longer moves (a version that arrived late, a close date moved back) keeps
/// listing it, which costs a read and changes no figure, because readers compute from the listed histories.
/// Partition <c>undocumented</c> lists the deals no version documents yet (api.md "Undocumented opportunities"),
/// partition <c>open</c> the deals open now (overdue ones too, which no recent quarter lists).
/// </remarks>
public sealed class OpportunityQuarterStore(CascadeStorage storage)
{
    // Bounds the parallel upserts of one history (one row per quarter, each its own partition).
    private const int Parallelism = 8;

    // Never a quarter's key (those are yyyy-MM).
    private const string UndocumentedPartition = "undocumented";
    private const string OpenPartition = "open";

    private TableClient Table => storage.Table(StorageNames.OpportunityQuartersTable);

    /// <summary>Lists <paramref name="opportunityId"/> under each of <paramref name="quarters"/>; a replay writes the same rows.</summary>
    public async Task IndexAsync(string opportunityId, IEnumerable<Quarter> quarters, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(opportunityId);
        ArgumentNullException.ThrowIfNull(quarters);
        var rows = quarters.Select(PartitionOf).Distinct(StringComparer.Ordinal).Select(p => new OpportunityQuarterEntity
        {
            PartitionKey = p,
            RowKey = TableKeys.Escape(opportunityId),
            OpportunityId = opportunityId,
        });
        await Parallel.ForEachAsync(
            rows,
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (row, ct) => await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, ct));
    }

    /// <summary>The opportunities listed under any of <paramref name="quarters"/>, ordinal order, each once.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(IEnumerable<Quarter> quarters, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(quarters);
        var partitions = quarters.Select(PartitionOf).Distinct(StringComparer.Ordinal);
        var rows = await Task.WhenAll(partitions.Select(p => TableQueries.PartitionAsync<OpportunityQuarterEntity>(Table, p, cancellationToken)));
        return rows.SelectMany(r => r).Select(r => r.OpportunityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Lists <paramref name="opportunityId"/> as undocumented (no version with both an amount and a close date yet), or
    /// takes it off the list. A writer that saw fewer versions may list a deal documented meanwhile: readers check
    /// the versions.
    /// </summary>
    public Task MarkUndocumentedAsync(string opportunityId, bool undocumented, CancellationToken cancellationToken = default) =>
        MarkAsync(UndocumentedPartition, opportunityId, undocumented, cancellationToken);

    /// <summary>The opportunities listed as undocumented, ordinal order.</summary>
    public Task<IReadOnlyList<string>> ListUndocumentedAsync(CancellationToken cancellationToken = default) =>
        ListAsync(UndocumentedPartition, cancellationToken);

    /// <summary>
    /// Lists <paramref name="opportunityId"/> as open now (its latest counted version is open), or takes it off the list;
    /// as with the undocumented list, readers check the versions.
    /// </summary>
    public Task MarkOpenAsync(string opportunityId, bool open, CancellationToken cancellationToken = default) =>
        MarkAsync(OpenPartition, opportunityId, open, cancellationToken);

    /// <summary>The opportunities listed as open, ordinal order.</summary>
    public Task<IReadOnlyList<string>> ListOpenAsync(CancellationToken cancellationToken = default) =>
        ListAsync(OpenPartition, cancellationToken);

    private async Task MarkAsync(string partition, string opportunityId, bool listed, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(opportunityId);
        if (listed)
        {
            var row = new OpportunityQuarterEntity { PartitionKey = partition, RowKey = TableKeys.Escape(opportunityId), OpportunityId = opportunityId };
            await Table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
        }
        else
        {
            await Table.DeleteEntityAsync(partition, TableKeys.Escape(opportunityId), cancellationToken: cancellationToken);
        }
    }

    private async Task<IReadOnlyList<string>> ListAsync(string partition, CancellationToken cancellationToken)
    {
        var rows = await TableQueries.PartitionAsync<OpportunityQuarterEntity>(Table, partition, cancellationToken);
        return rows.Select(r => r.OpportunityId).Order(StringComparer.Ordinal).ToList();
    }

    private static string PartitionOf(Quarter quarter) => MonthKeys.Of(quarter.Start);
}
