using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The <c>AttributionPeriods</c> table: a copy of each opportunity's stored attribution under the month of its period
/// instant, so that a report for [from, to) reads that period's partitions and nothing else.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey <c>{kind}:{yyyy-MM}</c> of the period instant (UTC) — creation for pipeline, close for
/// revenue, the instants the reports select by — RowKey the escaped opportunity id.</para>
/// <para>The <c>Attribution</c> table stays the authority; <see cref="AttributionStore"/> files these copies after each
/// save and removes the copy under a month the attribution left (<see cref="AttributionStore.SaveAsync(OpportunityAttribution, Cascade.Domain.Pipeline.OpportunityType?, OpenInfluenceMark?, DateTimeOffset, AttributionBasis?, CancellationToken)"/>
/// says how that stays right under concurrent writers). A row carries the whole record (<see cref="AttributionCopy"/>);
/// one without it — a journey too large for a row, or a row filed before copies were kept — only lists the
/// opportunity, and readers read that one by key and check its instant against the period.</para>
/// </remarks>
public sealed class AttributionPeriodStore(CascadeStorage storage)
{
    // The summary version a copy was filed from (AttributionSummaryEntity.Version): a keyed reader trusts only the
    // current one, since a copy is filed after its summary is written.
    private const string VersionName = "Version";

    private TableClient Table => storage.Table(StorageNames.AttributionPeriodsTable);

    /// <summary>The month partition <paramref name="record"/> is filed under.</summary>
    public static string MonthOf(AttributionRecord record) =>
        MonthKeys.Of(record.Kind == AttributionKind.Pipeline ? record.CreatedAt : record.End);

    /// <summary>
    /// Files <paramref name="record"/>, stored as summary <paramref name="version"/>, under its month, replacing the copy
    /// there.
    /// </summary>
    public async Task FileAsync(AttributionRecord record, string? version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        var entity = new TableEntity(PartitionOf(record.Kind, MonthOf(record)), TableKeys.Escape(record.OpportunityId))
        {
            [nameof(AttributionRecord.OpportunityId)] = record.OpportunityId,
            [VersionName] = version,
        };
        if (AttributionCopy.Encode(record) is { } parts)
        {
            CompressedParts.Put(entity, parts);
        }

        await Table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>
    /// The copy filed under <paramref name="month"/> when it is of summary <paramref name="version"/> and carries its
    /// record (one keyed read); otherwise null, and the caller reads the touch rows.
    /// </summary>
    public async Task<AttributionRecord?> CopyAsync(
        AttributionKind kind, string month, string opportunityId, string version, CancellationToken cancellationToken = default)
    {
        var row = await TableQueries.FindAsync<TableEntity>(Table, PartitionOf(kind, month), TableKeys.Escape(opportunityId), cancellationToken);
        return row?.GetString(VersionName) == version && CompressedParts.Get(row) is { } parts ? AttributionCopy.Decode(parts) : null;
    }

    /// <summary>Removes the copies of <paramref name="opportunityId"/> under <paramref name="months"/>; an absent one is no error.</summary>
    public async Task RemoveAsync(AttributionKind kind, string opportunityId, IEnumerable<string> months, CancellationToken cancellationToken = default)
    {
        await Task.WhenAll(months.Distinct(StringComparer.Ordinal).Select(async month =>
        {
            try
            {
                await Table.DeleteEntityAsync(PartitionOf(kind, month), TableKeys.Escape(opportunityId), ETag.All, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                // Already gone: removal is idempotent.
            }
        }));
    }

    /// <summary>
    /// What is filed under the months that overlap [<paramref name="from"/>, <paramref name="to"/>), one entry per
    /// opportunity in ordinal order of id, each with its record when the row carries it.
    /// </summary>
    public async Task<IReadOnlyList<AttributionPeriodEntry>> ListAsync(AttributionKind kind, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var months = MonthKeys.Overlapping(from, to).Select(m => PartitionOf(kind, m));
        var rows = await Task.WhenAll(months.Select(m => TableQueries.PartitionAsync<TableEntity>(Table, m, cancellationToken)));
        return rows.SelectMany(r => r)
            .Select(ToEntry)
            .GroupBy(e => e.OpportunityId, StringComparer.Ordinal)
            // Under two of the months: one moved between them while this was read, so the stored attribution decides.
            .Select(g => g.Skip(1).Any() ? new AttributionPeriodEntry(g.Key, null) : g.First())
            .OrderBy(e => e.OpportunityId, StringComparer.Ordinal)
            .ToList();
    }

    private static AttributionPeriodEntry ToEntry(TableEntity row)
    {
        var id = row.GetString(nameof(AttributionRecord.OpportunityId));
        var record = CompressedParts.Get(row) is { } parts ? AttributionCopy.Decode(parts) : null;
        return new AttributionPeriodEntry(id, record);
    }

    private static string PartitionOf(AttributionKind kind, string month) =>
        $"{(kind == AttributionKind.Revenue ? "revenue" : "pipeline")}:{month}";
}
