using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The <c>AttributionPeriods</c> table: which opportunities' attributions fall in each month, so that a report for
/// [from, to) reads that period's partitions, never the whole store.
/// </summary>
/// <remarks>
/// Keys: PartitionKey <c>{kind}:{yyyy-MM}</c> of the period instant (UTC) — creation for pipeline, close for
/// revenue, the instants the reports select by — RowKey the escaped opportunity id. Rows are upserts and never
/// deleted: an opportunity whose instant moved (a CRM version that changes the creation or close) stays listed under
/// its old month too, so readers check the stored attribution's own instant against the period.
/// </remarks>
public sealed class AttributionPeriodStore(CascadeStorage storage)
{
    private TableClient Table => storage.Table(StorageNames.AttributionPeriodsTable);

    /// <summary>Lists <paramref name="opportunityId"/> under the month of <paramref name="at"/>.</summary>
    public async Task IndexAsync(AttributionKind kind, string opportunityId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var entity = new AttributionPeriodEntity
        {
            PartitionKey = PartitionOf(kind, at),
            RowKey = TableKeys.Escape(opportunityId),
            OpportunityId = opportunityId,
            At = at,
        };
        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>The opportunities listed under the months that overlap [<paramref name="from"/>, <paramref name="to"/>), ordinal order.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(AttributionKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var months = MonthKeys.Overlapping(from, to).Select(m => PartitionOf(kind, m));
        var rows = await Task.WhenAll(months.Select(m => TableQueries.PartitionAsync<AttributionPeriodEntity>(Table, m, cancellationToken)));
        return rows.SelectMany(r => r).Select(r => r.OpportunityId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    private static string PartitionOf(AttributionKind kind, DateTimeOffset at) => PartitionOf(kind, MonthKeys.Of(at));

    private static string PartitionOf(AttributionKind kind, string month) =>
        $"{(kind == AttributionKind.Revenue ? "revenue" : "pipeline")}:{month}";
}
