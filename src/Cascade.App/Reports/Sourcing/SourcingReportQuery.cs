using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Sourcing;

/// <summary><c>GET /api/reports/sourcing?from=&amp;to=&amp;type=</c> (period defaults on <see cref="ReportParameters"/>).</summary>
public sealed class SourcingReportQuery(AttributionPeriodReader attributions, WorkspaceSettings settings, TimeProvider time)
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

        var report = SourcingReport.Build(await attributions.ListAsync(AttributionKind.Pipeline, period, type, cancellationToken), period.From, period.To);
        return ReadResult<SourcingReportView>.Found(new SourcingReportView(
            report.From,
            report.To,
            Figure(report.MarketingSourced),
            Figure(report.SalesSourced),
            Figure(report.Unattributed),
            Figure(report.MarketingInfluenced),
            report.ByChannel.Select(Row).ToList(),
            report.ByCampaign.Select(Row).ToList()));
    }

    private static SourcingFigureView Figure(SourcingFigure f) => new(f.Count, f.Amount);

    private static SourcingRowView Row(SourcingRow r) => new(r.Key, Figure(r.Sourced), Figure(r.Influenced));
}
