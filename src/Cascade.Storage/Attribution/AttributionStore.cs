using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

/// <summary>
/// The <c>Attribution</c> table: the attribution results of each opportunity, per kind.
/// </summary>
/// <remarks>
/// <para>Keys: PartitionKey = escaped opportunity id. RowKey <c>{kind}</c> (<c>pipeline</c>/<c>revenue</c>) is
/// the summary; <c>{kind}:t:{index, 5 digits}</c> are the journey's touches in order. A journey grows with
/// touches, so touches are rows, not one serialised property.</para>
/// <para>Saving replaces: the touch rows and the summary are upserted in entity-group transactions (one
/// atomic transaction for journeys of up to 99 touches), then rows past the new touch count are deleted.
/// Readers trust the summary's touch count, so leftovers of a longer earlier journey are never read.</para>
/// </remarks>
public sealed partial class AttributionStore(CascadeStorage storage)
{
    private readonly AttributionPeriodStore _periods = new(storage);

    private TableClient Table => storage.Table(StorageNames.AttributionTable);

    /// <summary>Stores <paramref name="attribution"/>, replacing the opportunity's earlier result of the same kind.</summary>
    public Task SaveAsync(OpportunityAttribution attribution, DateTimeOffset computedAt, CancellationToken cancellationToken = default) =>
        SaveAsync(attribution, type: null, openInfluencedFrom: null, computedAt, cancellationToken);

    /// <summary>
    /// Stores <paramref name="attribution"/> with the deal's <paramref name="type"/> as it stood when computed (the
    /// reports' <c>?type=</c> filter reads it) and, for pipeline, the instant from which the deal counts as influenced
    /// while open (<see cref="AttributionSummary.OpenInfluencedFrom"/>), replacing the opportunity's earlier result of the
    /// same kind; then files its copy for the period reports (<see cref="AttributionPeriodStore"/>).
    /// </summary>
    /// <remarks>
    /// The summary is written If-Match the one read just before, so each save knows the result it replaced and, when
    /// the period month changed, names that month in <see cref="AttributionSummaryEntity.StalePeriods"/> for removal.
    /// The result itself stays last-writer-wins, as the handler recomputes it from the stored facts.
    /// </remarks>
    public async Task SaveAsync(
        OpportunityAttribution attribution, OpportunityType? type, DateTimeOffset? openInfluencedFrom, DateTimeOffset computedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var partition = PartitionOf(attribution.OpportunityId);
        var kind = KindName(attribution.Kind);
        var touches = Enumerable.Range(0, attribution.Journey.Count).Select(i => ToEntity(attribution, i)).ToList();
        var summary = ToSummary(attribution, type, openInfluencedFrom, computedAt);
        summary.Version = Guid.NewGuid().ToString("N");
        var record = ToDomain(summary, touches);
        var month = AttributionPeriodStore.MonthOf(record);

        var previous = await ETagRetry.RunAsync($"Saving the {kind} attribution of {attribution.OpportunityId}", ETagRetryOptions.Default, async ct =>
        {
            var previous = await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, kind, ct);
            summary.StalePeriods = StalePeriods.Join(StalePeriods.After(previous, month));
            var write = previous is null
                ? new TableTransactionAction(TableTransactionActionType.Add, summary)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, summary, previous.ETag);
            await EntityGroups.SubmitAsync(Table, touches.Select(t => new TableTransactionAction(TableTransactionActionType.UpsertReplace, t)).Append(write), ct);
            return previous;
        }, cancellationToken);

        if (previous is { TouchCount: var before } && before > attribution.Journey.Count)
        {
            var stale = Enumerable.Range(attribution.Journey.Count, before - attribution.Journey.Count)
                .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, TouchRow(kind, i))));
            await EntityGroups.SubmitAsync(Table, stale, cancellationToken);
        }

        await FileAsync(attribution.OpportunityId, attribution.Kind, record, summary.Version, StalePeriods.Parse(summary.StalePeriods), cancellationToken);
    }

    /// <summary>
    /// Removes the opportunity's result of <paramref name="kind"/> (a won deal reopened has no revenue any more): the
    /// summary first, which readers trust, then its touch rows and its period copies. Nothing stored is a no-op.
    /// </summary>
    public async Task DeleteAsync(string opportunityId, AttributionKind kind, CancellationToken cancellationToken = default)
    {
        var partition = PartitionOf(opportunityId);
        var name = KindName(kind);
        if (await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, name, cancellationToken) is not { } summary)
        {
            return;
        }

        await Table.DeleteEntityAsync(partition, name, summary.ETag, cancellationToken);
        var touches = Enumerable.Range(0, summary.TouchCount)
            .Select(i => new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, TouchRow(name, i))));
        await EntityGroups.SubmitAsync(Table, touches, cancellationToken);
        var months = StalePeriods.Parse(summary.StalePeriods).Append(AttributionPeriodStore.MonthOf(RecordOf(summary)));
        await FileAsync(opportunityId, kind, record: null, version: null, months, cancellationToken);
    }

    /// <summary>The stored result, or null when none was computed.</summary>
    public async Task<AttributionRecord?> GetAsync(string opportunityId, AttributionKind kind, CancellationToken cancellationToken = default)
    {
        var partition = PartitionOf(opportunityId);
        var name = KindName(kind);
        var summary = await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, name, cancellationToken);
        if (summary is null)
        {
            return null;
        }

        return await RecordOfAsync(summary, cancellationToken);
    }

    private async Task<AttributionRecord> RecordOfAsync(AttributionSummaryEntity summary, CancellationToken cancellationToken)
    {
        var rows = await TableQueries.RowPrefixAsync<AttributionTouchEntity>(Table, summary.PartitionKey, summary.RowKey + ":t:", cancellationToken);
        return ToDomain(summary, rows.Take(summary.TouchCount));
    }

    /// <summary>The summary of the stored result (one keyed read, no touch rows), or null when none was computed.</summary>
    public async Task<AttributionSummary?> SummaryAsync(string opportunityId, AttributionKind kind, CancellationToken cancellationToken = default) =>
        await TableQueries.FindAsync<AttributionSummaryEntity>(Table, PartitionOf(opportunityId), KindName(kind), cancellationToken) is { } summary
            ? ToSummary(summary)
            : null;

    private static string PartitionOf(string opportunityId) => TableKeys.Escape(opportunityId);

    private static string KindName(AttributionKind kind) => kind == AttributionKind.Revenue ? "revenue" : "pipeline";

    private static string TouchRow(string kind, int index) =>
        $"{kind}:t:{index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)}";
}
