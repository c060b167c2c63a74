using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.OpportunityQuarters;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// The quarter index of opportunity histories, with the lists of deals open now and of undocumented deals: written for
/// each deal whenever a version of it is stored (and by the admin rebuild), read by the pipeline reports of a quarter
/// or instant, which then load only the listed histories by key.
/// </summary>
/// <remarks>
/// Written from the versions read back after the write, so the last writer of a deal sees every version; an earlier
/// writer's view may list quarters the final history does not move, which the index tolerates
/// (<see cref="OpportunityQuarterStore"/>). Idempotent: a replay writes the same rows.
/// </remarks>
public sealed class WaterfallHistories(OpportunityQuarterStore index, OpportunityStore opportunities, WorkspaceSettings settings)
{
    /// <summary>Opportunities read at once.</summary>
    private const int Parallelism = 8;

    /// <summary>
    /// Lists the history under every quarter whose waterfall it can move, or, while no version documents the deal
    /// (<paramref name="history"/> null), as undocumented.
    /// </summary>
    public async Task IndexAsync(string opportunityId, OpportunityHistory? history, CancellationToken cancellationToken = default)
    {
        if (history is not null)
        {
            await index.IndexAsync(opportunityId, WaterfallQuarters.Of(history, settings.Calendar), cancellationToken);
            await index.MarkOpenAsync(opportunityId, history.Current!.IsOpen, cancellationToken);
        }

        // A deal none of whose versions lacks a field was never listed as undocumented: nothing to take off.
        if (history is null || history.Received.Any(v => !v.IsDocumented))
        {
            await index.MarkUndocumentedAsync(opportunityId, history is null, cancellationToken);
        }
    }

    /// <summary>
    /// Every history that can have been open at some instant of [<paramref name="from"/>, <paramref name="to"/>): those
    /// listed under the period's quarters (a closed deal is listed under every quarter from its creation to its close)
    /// and those open now (one created before the period and closing far after it changes nothing in it).
    /// </summary>
    public Task<IReadOnlyList<OpportunityHistory>> OpenDuringAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var quarters = new List<Quarter>();
        for (var q = Quarter.Of(from, settings.Calendar); q.Start < to; q = q.Next())
        {
            quarters.Add(q);
        }

        return ForAsync(quarters, withOpen: true, cancellationToken);
    }

    /// <summary>
    /// The histories that can move any of <paramref name="quarters"/>, with <paramref name="withOpen"/> also every deal
    /// open now, ordinal order of id.
    /// </summary>
    public async Task<IReadOnlyList<OpportunityHistory>> ForAsync(IEnumerable<Quarter> quarters, bool withOpen = false, CancellationToken cancellationToken = default)
    {
        var listed = index.ListAsync(quarters, cancellationToken);
        var open = withOpen ? index.ListOpenAsync(cancellationToken) : Task.FromResult<IReadOnlyList<string>>([]);
        var ids = (await listed).Concat(await open).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var histories = new OpportunityHistory?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => histories[i] = await opportunities.HistoryAsync(ids[i], ct));
        return histories.OfType<OpportunityHistory>().ToList();
    }
}
