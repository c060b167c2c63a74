using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Attribution;

/// <summary><c>GET /api/reports/attribution?model=&amp;kind=&amp;groupBy=&amp;from=&amp;to=&amp;type=</c> (defaults on <see cref="ReportParameters"/>).</summary>
public sealed class AttributionReportQuery(AttributionPeriodReader attributions, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<AttributionReportView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var model = parameters.Model();
        var kind = parameters.Kind();
        var groupBy = parameters.GroupBy();
        var period = parameters.Period();
        var type = parameters.OpportunityType();
        if (!parameters.IsValid)
        {
            return ReadResult<AttributionReportView>.Invalid(parameters.Errors);
        }

        var report = AttributionReport.Build(await attributions.ListAsync(kind, period, type, cancellationToken), model, kind, groupBy);
        return ReadResult<AttributionReportView>.Found(new AttributionReportView(
            model.ToWireName(),
            WireNames.Of(kind),
            WireNames.Of(groupBy),
            period.From,
            period.To,
            report.Rows.Select(r => new AttributionRowView(r.Key, r.Opportunities, r.Amount)).ToList(),
            new AttributionFigureView(report.Total.Opportunities, report.Total.Amount)));
    }
}
