using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;

namespace Cascade.App.Attribution;

/// <summary>
/// The stored attributions a report over a period counts (pipeline: opportunities created in it; revenue: won in
/// it), read from that period's month partitions (<see cref="AttributionPeriodStore"/>), which carry a copy of each;
/// only an opportunity listed without one is read by key. The cost is a request per month, whatever the history. Markov is credited with the latest
/// fit's shares, as the opportunity read does. In ordinal order of id, as the whole-store computation sums them.
/// </summary>
public sealed class AttributionPeriodReader(
    AttributionPeriodStore periods, AttributionStore attributions, MarkovSharesStore markov, WorkspaceSettings settings)
{
    /// <summary>Opportunities read by key at once.</summary>
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
        var listed = periods.ListAsync(kind, period.From, period.To, cancellationToken);
        var fit = markov.GetAsync(cancellationToken);
        await Task.WhenAll(listed, fit);

        var entries = await listed;
        var records = entries.Select(e => e.Record).ToArray();
        await Parallel.ForEachAsync(
            Enumerable.Range(0, records.Length).Where(i => records[i] is null),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => records[i] = await attributions.GetAsync(entries[i].OpportunityId, kind, ct));

        var shares = (await fit)?.Shares;
        return records
            .OfType<AttributionRecord>()
            .Where(r => period.Contains(kind == AttributionKind.Pipeline ? r.CreatedAt : r.End))
            .Where(r => type is null || (r.Type ?? OpportunityType.NewBusiness) == type)
            .Select(r => StoredAttributions.Restore(r, shares, settings.Lookback))
            .ToList();
    }
}
