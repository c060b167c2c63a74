using Azure;
using Azure.Data.Tables;
using Cascade.Domain.Attribution;
using Cascade.Storage.Tables;

namespace Cascade.Storage.Attribution;

public sealed partial class AttributionStore
{
    /// <summary>Rounds of filing before a writer gives up (the queue retries the message).</summary>
    private const int MaxFilingRounds = 16;

    /// <summary>
    /// Makes the period copies of one opportunity's result of one kind equal to the stored result, starting from what
    /// this writer last saw (<paramref name="record"/> saved as <paramref name="version"/>, or null for none) and the
    /// months that may hold older copies (<paramref name="stale"/>).
    /// </summary>
    /// <remarks>
    /// Each round files the copy, removes every other month this writer knows of, then re-reads the summary: when it is
    /// still the version just filed, no save came in between and the copies are right; otherwise the round runs again
    /// on the stored result. Any copy another writer files is followed by that writer's own check, so whatever the
    /// interleaving, the last round to finish leaves one copy, of the stored result, under its month. A month still
    /// named in <see cref="AttributionSummaryEntity.StalePeriods"/> after its copy is removed is cleared If-Match; losing
    /// that race only leaves the removal to the next save.
    /// </remarks>
    private async Task FileAsync(
        string id, AttributionKind kind, AttributionRecord? record, string? version, IEnumerable<string> stale, CancellationToken cancellationToken)
    {
        var known = new HashSet<string>(stale, StringComparer.Ordinal);
        for (var round = 1; round <= MaxFilingRounds; round++)
        {
            var month = record is null ? null : AttributionPeriodStore.MonthOf(record);
            if (month is not null)
            {
                known.Add(month);
                await _periods.FileAsync(record!, version, cancellationToken);
            }

            await _periods.RemoveAsync(kind, id, known.Where(m => m != month), cancellationToken);
            var stored = await TableQueries.FindAsync<AttributionSummaryEntity>(Table, PartitionOf(id), KindName(kind), cancellationToken);
            var named = StalePeriods.Parse(stored?.StalePeriods);
            if ((stored is null) == (record is null) && stored?.Version == version && named.All(known.Contains))
            {
                if (stored is not null && named.Count > 0)
                {
                    await ClearStalePeriodsAsync(stored, cancellationToken);
                }

                return;
            }

            known.UnionWith(named);
            record = stored is null ? null : await RecordOfAsync(stored, cancellationToken);
            version = stored?.Version;
        }

        throw new ConcurrencyConflictException(
            $"Filing the {KindName(kind)} attribution of {id}: the stored result kept changing for {MaxFilingRounds} rounds.");
    }

    private async Task ClearStalePeriodsAsync(AttributionSummaryEntity stored, CancellationToken cancellationToken)
    {
        try
        {
            var cleared = new TableEntity(stored.PartitionKey, stored.RowKey) { [nameof(AttributionSummaryEntity.StalePeriods)] = string.Empty };
            await Table.UpdateEntityAsync(cleared, stored.ETag, TableUpdateMode.Merge, cancellationToken);
        }
        catch (RequestFailedException e) when (ETagRetry.IsLostRace(e))
        {
            // A later save replaced the row; its own filing removes what it names.
        }
    }
}
