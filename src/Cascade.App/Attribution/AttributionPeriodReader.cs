using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Attribution.Models;
using Cascade.Domain.Touchpoints;
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

    public async Task<IReadOnlyList<OpportunityAttribution>> ListAsync(AttributionKind kind, ReportPeriod period, CancellationToken cancellationToken = default)
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
            .Select(r => Restore(r, shares))
            .ToList();
    }

    private OpportunityAttribution Restore(AttributionRecord record, MarkovShares? shares)
    {
        var touches = record.Touches.Select(t => new Touchpoint
        {
            EventId = t.EventId,
            OccurredAt = t.OccurredAt,
            Type = t.Type,
            Channel = t.Channel,
            Origin = t.Origin,
            Campaign = t.Campaign,
        }).ToList();
        var journey = Journey.Restore(
            record.OpportunityId, record.Kind, record.CreatedAt, record.End, record.CreatedAt - settings.Lookback, touches, record.Touches.Select(t => t.Milestones).ToList());

        var models = AttributionModels.All.Select(model =>
        {
            if (model == AttributionModel.Markov && shares is not null)
            {
                var credits = MarkovModel.Credits(touches.Select(t => t.Channel).ToList(), shares);
                return new ModelAttribution(model, credits, MoneySplit.Split(record.Amount, credits));
            }

            return new ModelAttribution(model, record.Touches.Select(t => t.CreditOf(model)).ToList(), record.Touches.Select(t => t.AmountOf(model)).ToList());
        }).ToList();
        return OpportunityAttribution.Restore(journey, record.Amount, record.Sourced, record.Influenced, models);
    }
}
