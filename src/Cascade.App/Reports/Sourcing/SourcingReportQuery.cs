using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.App.Reports.Waterfall;
using Cascade.Domain.Attribution;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Attribution;

namespace Cascade.App.Reports.Sourcing;

/// <summary>
/// <c>GET /api/reports/sourcing?from=&amp;to=&amp;type=</c> (period defaults on <see cref="ReportParameters"/>). With a
/// type, every figure keeps deals of that type, by the type stored with their attribution (<see cref="StoredOpportunityTypes"/>).
/// </summary>
public sealed class SourcingReportQuery(
    AttributionPeriodReader attributions,
    AttributionStore stored,
    WaterfallHistories histories,
    WorkspaceSettings settings,
    TimeProvider time)
{
    public async Task<ReadResult<SourcingReportView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var period = parameters.Period();
        var type = parameters.OpportunityType();
        if (!parameters.IsValid)
        {
            return ReadResult<SourcingReportView>.Invalid(parameters.Errors);
        }

        var pipeline = attributions.ListAsync(AttributionKind.Pipeline, period, type, cancellationToken);
        var revenue = attributions.ListAsync(AttributionKind.Revenue, period, type, cancellationToken);
        var openInfluenced = OpenInfluencedAsync(period.To, type, cancellationToken);
        var report = SourcingReport.Build(await pipeline, period.From, period.To);
        var won = SourcingSummary.Revenue(await revenue, period.From, period.To);
        return ReadResult<SourcingReportView>.Found(new SourcingReportView(
            report.From,
            report.To,
            Figure(report.MarketingSourced),
            Figure(report.SalesSourced),
            Figure(report.Unattributed),
            Figure(report.MarketingInfluenced),
            report.ByChannel.Select(Row).ToList(),
            report.ByCampaign.Select(Row).ToList())
        {
            Revenue = new SourcingRevenueView(Figure(won.MarketingSourced), Figure(won.SalesSourced), Figure(won.Unattributed), Figure(won.MarketingInfluenced)),
            OpenInfluenced = Figure(await openInfluenced),
        });
    }

    /// <summary>
    /// The deals open at <paramref name="to"/> come from the quarter index of the instant just before it and the deals
    /// open now; only those open then are read further, each one's pipeline attribution summary by key, which keeps its
    /// type and the instant from which it counts as influenced (<see cref="OpenInfluence.FirstTouch"/>): no touch is read.
    /// </summary>
    private async Task<SourcingFigure> OpenInfluencedAsync(DateTimeOffset to, OpportunityType? type, CancellationToken cancellationToken)
    {
        var listed = await histories.ForAsync([Quarter.Of(to.AddTicks(-1), settings.Calendar)], withOpen: true, cancellationToken);
        var open = OpenInfluence.OpenBefore(to, listed).ToList();
        var summaries = await Task.WhenAll(open.Select(h => stored.SummaryAsync(h.OpportunityId, AttributionKind.Pipeline, cancellationToken)));
        var kept = open.Zip(summaries).Where(p => type is not { } only || StoredOpportunityTypes.TypeOf(p.Second) == only).ToList();
        var from = kept.ToDictionary(p => p.First.OpportunityId, p => p.Second?.OpenInfluencedFrom, StringComparer.Ordinal);
        return OpenInfluence.At(to, kept.Select(p => p.First), id => from[id]);
    }

    private static SourcingFigureView Figure(SourcingFigure f) => new(f.Count, f.Amount);

    private static SourcingRowView Row(SourcingRow r) => new(r.Key, Figure(r.Sourced), Figure(r.Influenced));
}
