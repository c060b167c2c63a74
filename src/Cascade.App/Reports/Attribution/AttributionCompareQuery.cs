using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Workspace;

namespace Cascade.App.Reports.Attribution;

/// <summary><c>GET /api/reports/attribution/compare?kind=&amp;groupBy=&amp;from=&amp;to=&amp;type=</c>: every model over one selection.</summary>
public sealed class AttributionCompareQuery(AttributionPeriodReader attributions, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<AttributionCompareView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var kind = parameters.Kind();
        var groupBy = parameters.GroupBy();
        var period = parameters.Period();
        var type = parameters.OpportunityType();
        if (!parameters.IsValid)
        {
            return ReadResult<AttributionCompareView>.Invalid(parameters.Errors);
        }

        var selected = await attributions.ListAsync(kind, period, type, cancellationToken);
        var reports = AttributionModels.All.Select(m => AttributionReport.Build(selected, m, kind, groupBy)).ToList();

        var keys = reports.SelectMany(r => r.Rows).Select(r => r.Key).Distinct().Order(StringComparer.Ordinal);
        var rows = keys.Select(key => new AttributionCompareRowView(
                key,
                reports.ToDictionary(
                    r => r.Model.ToWireName(),
                    r => r.Rows.FirstOrDefault(row => row.Key == key) is { } row
                        ? new AttributionFigureView(row.Opportunities, row.Amount)
                        : new AttributionFigureView(0, 0),
                    StringComparer.Ordinal)))
            .ToList();
        var totals = reports.ToDictionary(
            r => r.Model.ToWireName(), r => new AttributionFigureView(r.Total.Opportunities, r.Total.Amount), StringComparer.Ordinal);

        return ReadResult<AttributionCompareView>.Found(new AttributionCompareView(
            WireNames.Of(kind), WireNames.Of(groupBy), period.From, period.To, reports.Select(r => r.Model.ToWireName()).ToList(), rows, totals));
    }
}
