using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;

namespace Cascade.App.Attribution;

/// <summary>
/// The stored attributions a report over a period counts (pipeline: opportunities created in it; revenue: won in
/// it), read from that period's month partitions (<see cref="AttributionPeriodStore"/>) and then each opportunity's
/// attribution by key: the cost follows what the period holds, not the history. Markov is credited with the latest
/// fit's shares, as the opportunity read does. In ordinal order of id, as the whole-store computation sums them.
/// </summary>
public sealed class AttributionPeriodReader(
    AttributionPeriodStore periods, AttributionStore attributions, MarkovSharesStore markov, WorkspaceSettings settings)
{
    /// <summary>Opportunities read at once.</summary>
    private const int Parallelism = 8;

    public Task<IReadOnlyList<OpportunityAttribution>> ListAsync(AttributionKind kind, ReportPeriod period, CancellationToken cancellationToken = default) =>
        ListAsync(kind, period, type: null, cancellationToken);

    /// <summary>
    /// As above, keeping only deals of <paramref name="type"/> when one is given (<c>?type=</c>), by the type stored
    /// with each attribution; a result saved before types were kept counts as <c>new_business</c> until a rebuild.
    /// </summary>
    public async Task<IReadOnlyList<OpportunityAttribution>> ListAsync(
        AttributionKind kind, ReportPeriod period, OpportunityType? type, CancellationToken cancellationToken = default)
    {
        var ids = periods.ListAsync(kind, period.From, period.To, cancellationToken);
        var fit = markov.GetAsync(cancellationToken);
        await Task.WhenAll(ids, fit);

        var records = new AttributionRecord?[(await ids).Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, records.Length),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => records[i] = await attributions.GetAsync((await ids)[i], kind, ct));

        var shares = (await fit)?.Shares;
        return records
            .OfType<AttributionRecord>()
            .Where(r => period.Contains(kind == AttributionKind.Pipeline ? r.CreatedAt : r.End))
            .Where(r => type is null || (r.Type ?? OpportunityType.NewBusiness) == type)
            .Select(r => StoredAttributions.Restore(r, shares, settings.Lookback))
            .ToList();
    }
}
