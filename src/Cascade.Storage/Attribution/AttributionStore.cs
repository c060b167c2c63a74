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
/// <para>Saving replaces: the touch rows and the summary are written in entity-group transactions (one atomic
/// transaction for journeys of up to 99 touches, rows and blanks together). Rows past a shorter new journey are
/// blanked (replaced by an empty row), never deleted: a delete of a row that is not there would fail the transaction,
/// and a delete outside it could remove rows a concurrent save of a longer journey has just written. Readers read the
/// rows below the summary's touch count; no row keeps a touch (an erased person's among them) that no summary
/// counts.</para>
/// </remarks>
public sealed partial class AttributionStore(CascadeStorage storage)
{
    private readonly AttributionPeriodStore _periods = new(storage);

    private TableClient Table => storage.Table(StorageNames.AttributionTable);

    /// <summary>Stores <paramref name="attribution"/>, replacing the opportunity's earlier result of the same kind.</summary>
    public Task SaveAsync(OpportunityAttribution attribution, DateTimeOffset computedAt, CancellationToken cancellationToken = default) =>
        SaveAsync(attribution, type: null, openInfluence: null, computedAt, basis: null, cancellationToken);

    /// <summary>
    /// The stored results of both kinds as they are now (pipeline, then revenue), for a
    /// <see cref="SaveAsync(OpportunityAttribution, OpportunityType?, OpenInfluenceMark?, DateTimeOffset, AttributionBasis?, CancellationToken)"/>
    /// or <see cref="DeleteAsync"/> of results computed from facts read after them: one query for the two summary rows
    /// of the opportunity's partition, not a keyed read each.
    /// </summary>
    public async Task<IReadOnlyList<AttributionBasis>> BasesAsync(string opportunityId, CancellationToken cancellationToken = default)
    {
        var kinds = new[] { AttributionKind.Pipeline, AttributionKind.Revenue };
        var rows = await TableQueries.RowsAsync<AttributionSummaryEntity>(Table, PartitionOf(opportunityId), kinds.Select(KindName).ToList(), cancellationToken);
        return kinds.Select(k => new AttributionBasis(k, rows.SingleOrDefault(r => r.RowKey == KindName(k)))).ToList();
    }

    /// <summary>
    /// Stores <paramref name="attribution"/> with the deal's <paramref name="type"/> as it stood when computed (the
    /// reports' <c>?type=</c> filter reads it) and, for pipeline, its <paramref name="openInfluence"/>, replacing the
    /// opportunity's earlier result of the same kind; then files its copy for the period reports
    /// (<see cref="AttributionPeriodStore"/>).
    /// </summary>
    /// <remarks>
    /// The summary is written If-Match the one it replaces, so each save knows that result and, when the period month
    /// changed, names the month left in <see cref="AttributionSummaryEntity.StalePeriods"/> for removal. Given a
    /// <paramref name="basis"/>, a row written since it fails the save with the lost race (412, or 409 when the basis held
    /// none), for the caller to compute again; without one, the save replaces whatever is stored.
    /// </remarks>
    public async Task SaveAsync(
        OpportunityAttribution attribution,
        OpportunityType? type,
        OpenInfluenceMark? openInfluence,
        DateTimeOffset computedAt,
        AttributionBasis? basis = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attribution);
        var partition = PartitionOf(attribution.OpportunityId);
        var kind = KindName(attribution.Kind);
        var touches = Enumerable.Range(0, attribution.Journey.Count).Select(i => ToEntity(attribution, i)).ToList();
        var summary = ToSummary(attribution, type, openInfluence, computedAt);
        summary.Version = Guid.NewGuid().ToString("N");
        var record = ToDomain(summary, touches);
        var month = AttributionPeriodStore.MonthOf(record);

        IReadOnlyList<string> stale = [];
        async Task Write(AttributionSummaryEntity? previous, CancellationToken ct)
        {
            stale = StalePeriods.After(previous, month);
            summary.StalePeriods = StalePeriods.Join(stale);
            var write = previous is null
                ? new TableTransactionAction(TableTransactionActionType.Add, summary)
                : new TableTransactionAction(TableTransactionActionType.UpdateReplace, summary, previous.ETag);
            var rows = touches.Select(t => new TableTransactionAction(TableTransactionActionType.UpsertReplace, t))
                .Concat(Blanks(partition, kind, attribution.Journey.Count, previous?.TouchCount ?? 0));
            await EntityGroups.SubmitAsync(Table, rows.Append(write), ct);
        }

        if (basis is not null)
        {
            await Write(basis.Summary, cancellationToken);
        }
        else
        {
            await ETagRetry.RunAsync($"Saving the {kind} attribution of {attribution.OpportunityId}", ETagRetryOptions.Default, async ct =>
            {
                await Write(await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, kind, ct), ct);
                return true;
            }, cancellationToken);
        }

        await FileAsync(attribution.OpportunityId, attribution.Kind, record, summary.Version, stale, cancellationToken);
    }

    /// <summary>
    /// Removes the opportunity's result of <paramref name="kind"/> (a won deal reopened has no revenue any more): the
    /// summary, which readers trust, with its touch rows blanked (see the remarks on the class), then its period copies.
    /// Nothing stored is a no-op. Given a
    /// <paramref name="basis"/>, only the result it read is removed (a row written since fails with 412).
    /// </summary>
    public async Task DeleteAsync(string opportunityId, AttributionKind kind, AttributionBasis? basis = null, CancellationToken cancellationToken = default)
    {
        var partition = PartitionOf(opportunityId);
        var name = KindName(kind);
        var summary = basis is not null ? basis.Summary : await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, name, cancellationToken);
        if (summary is null)
        {
            return;
        }

        var delete = new TableTransactionAction(TableTransactionActionType.Delete, new TableEntity(partition, name), summary.ETag);
        await EntityGroups.SubmitAsync(Table, Blanks(partition, name, 0, summary.TouchCount).Append(delete), cancellationToken);
        var months = StalePeriods.Parse(summary.StalePeriods).Append(AttributionPeriodStore.MonthOf(RecordOf(summary)));
        await FileAsync(opportunityId, kind, record: null, version: null, months, cancellationToken);
    }

    /// <summary>
    /// Lowers the stored pipeline result's open influence to <paramref name="at"/> — a marketing touch, after the deal's
    /// creation, of one of its journey's people — when it is earlier than the stored one: what a recomputation gives once
    /// that touch is stored (one person's new touches can only add to the journey's people), for two requests instead of
    /// the deal's whole scope. False when it cannot be done in place: no result stored, or one found against another
    /// creation or CRM version than <paramref name="basis"/>'s; the deal must then be attributed again.
    /// </summary>
    public async Task<bool> LowerOpenInfluenceAsync(string opportunityId, OpenInfluenceMark basis, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(basis);
        var partition = PartitionOf(opportunityId);
        var name = KindName(AttributionKind.Pipeline);
        return await ETagRetry.RunAsync($"Lowering the open influence of {opportunityId}", ETagRetryOptions.Default, async ct =>
        {
            var summary = await TableQueries.FindAsync<AttributionSummaryEntity>(Table, partition, name, ct);
            if (summary?.OpenInfluenceCreatedAt != basis.CreatedAt || summary.OpenInfluenceVersionAt != basis.VersionAt)
            {
                return false;
            }

            if (summary.OpenInfluencedFrom is not { } from || at < from)
            {
                var lowered = new TableEntity(partition, name) { [nameof(AttributionSummaryEntity.OpenInfluencedFrom)] = at };
                await Table.UpdateEntityAsync(lowered, summary.ETag, TableUpdateMode.Merge, ct);
            }

            return true;
        }, cancellationToken);
    }

    /// <summary>
    /// The stored result, or null when none was computed: the summary, then its period copy when that was filed from
    /// this summary (two keyed reads), otherwise the touch rows below the summary's count.
    /// </summary>
    public async Task<AttributionRecord?> GetAsync(string opportunityId, AttributionKind kind, CancellationToken cancellationToken = default)
    {
        var summary = await TableQueries.FindAsync<AttributionSummaryEntity>(Table, PartitionOf(opportunityId), KindName(kind), cancellationToken);
        if (summary is null)
        {
            return null;
        }

        if (summary.TouchCount > 0 && summary.Version is { } version
            && await _periods.CopyAsync(kind, AttributionPeriodStore.MonthOf(RecordOf(summary)), opportunityId, version, cancellationToken) is { } copy)
        {
            return copy;
        }

        return await RecordOfAsync(summary, cancellationToken);
    }

    private async Task<AttributionRecord> RecordOfAsync(AttributionSummaryEntity summary, CancellationToken cancellationToken)
    {
        var rows = summary.TouchCount == 0
            ? []
            : await TableQueries.RowRangeAsync<AttributionTouchEntity>(
                Table, summary.PartitionKey, TouchRow(summary.RowKey, 0), TouchRow(summary.RowKey, summary.TouchCount), cancellationToken);
        return ToDomain(summary, rows);
    }

    /// <summary>The summary of the stored result (one keyed read, no touch rows), or null when none was computed.</summary>
    public async Task<AttributionSummary?> SummaryAsync(string opportunityId, AttributionKind kind, CancellationToken cancellationToken = default) =>
        await TableQueries.FindAsync<AttributionSummaryEntity>(Table, PartitionOf(opportunityId), KindName(kind), cancellationToken) is { } summary
            ? ToSummary(summary)
            : null;

    /// <summary>Empties the touch rows [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="kind"/>.</summary>
    private static IEnumerable<TableTransactionAction> Blanks(string partition, string kind, int from, int to) =>
        Enumerable.Range(from, Math.Max(0, to - from))
            .Select(i => new TableTransactionAction(TableTransactionActionType.UpsertReplace, new TableEntity(partition, TouchRow(kind, i))));

    private static string PartitionOf(string opportunityId) => TableKeys.Escape(opportunityId);

    private static string KindName(AttributionKind kind) => kind == AttributionKind.Revenue ? "revenue" : "pipeline";

    private static string TouchRow(string kind, int index) =>
        $"{kind}:t:{index.ToString("D5", System.Globalization.CultureInfo.InvariantCulture)}";
}
