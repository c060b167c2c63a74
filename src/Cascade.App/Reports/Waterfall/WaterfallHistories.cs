using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.OpportunityQuarters;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Reports.Waterfall;

/// <summary>
/// The quarter index of opportunity histories: written for each history whenever a version of it is stored (and by
/// the admin rebuild), read by the pipeline reports of a quarter, which then load only the listed histories by key.
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

    /// <summary>Lists the history under every quarter whose waterfall it can move, and as open while it is.</summary>
    public async Task IndexAsync(OpportunityHistory history, CancellationToken cancellationToken = default)
    {
        await index.IndexAsync(history.OpportunityId, WaterfallQuarters.Of(history, settings.Calendar), cancellationToken);
        await index.MarkOpenAsync(history.OpportunityId, history.Current is { IsOpen: true }, cancellationToken);
    }

    /// <summary>
    /// Every history that can have been open at some instant of [<paramref name="from"/>, <paramref name="to"/>): those
    /// listed under the period's quarters (a closed deal is listed under every quarter from its creation to its close)
    /// and those open now.
    /// </summary>
    public async Task<IReadOnlyList<OpportunityHistory>> OpenDuringAsync(DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken = default)
    {
        var quarters = new List<Quarter>();
        for (var q = Quarter.Of(from, settings.Calendar); q.Start < to; q = q.Next())
        {
            quarters.Add(q);
        }

        var listed = index.ListAsync(quarters, cancellationToken);
        var open = index.ListOpenAsync(cancellationToken);
        await Task.WhenAll(listed, open);
        return await LoadAsync((await listed).Union(await open, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(), cancellationToken);
    }

    /// <summary>The histories that can move any of <paramref name="quarters"/>, ordinal order of id.</summary>
    public async Task<IReadOnlyList<OpportunityHistory>> ForAsync(IEnumerable<Quarter> quarters, CancellationToken cancellationToken = default)
    {
        return await LoadAsync(await index.ListAsync(quarters, cancellationToken), cancellationToken);
    }

    private async Task<IReadOnlyList<OpportunityHistory>> LoadAsync(IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        var histories = new OpportunityHistory?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => histories[i] = await opportunities.HistoryAsync(ids[i], ct));
        return histories.OfType<OpportunityHistory>().ToList();
    }
}
