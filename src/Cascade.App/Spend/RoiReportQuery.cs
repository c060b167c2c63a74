using Cascade.App.Reads;
using Cascade.App.Reports.Attribution;
using Cascade.Domain.Attribution;
using Cascade.Domain.Spend;
using Cascade.Domain.Touchpoints;
using Cascade.Domain.Workspace;
using Cascade.Storage.LeadPeriods;
using Cascade.Storage.Spend;

namespace Cascade.App.Spend;

/// <summary>
/// <c>GET /api/reports/roi?model=&amp;kind=&amp;groupBy=channel|campaign&amp;from=&amp;to=</c>. Parameters and defaults as
/// <see cref="ReportParameters"/>, with <c>from</c>/<c>to</c> on month boundaries. The credited opportunities and
/// amount are the attribution report's own answer to the same parameters (<see cref="AttributionReportQuery"/>),
/// so ROI always agrees with it; leads and MQLs are the people whose LC / MQ milestone touch falls on the group in
/// the period, read from the period's months of <see cref="LeadPeriodStore"/>; spend is the period's months.
/// </summary>
public sealed class RoiReportQuery(
    AttributionReportQuery attribution, LeadPeriodStore leads, SpendStore spend, WorkspaceSettings settings, TimeProvider time)
{
    public async Task<ReadResult<RoiReportView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var model = parameters.Model();
        var kind = parameters.Kind();
        var groupBy = parameters.ChannelOrCampaign()!.Value;
        var period = parameters.Period();

        var months = parameters.IsValid ? SpendPeriod.Months(period, parameters.Errors) : [];
        if (!parameters.IsValid)
        {
            return ReadResult<RoiReportView>.Invalid(parameters.Errors);
        }

        var credited = await attribution.GetAsync(query, cancellationToken);
        if (!credited.IsFound)
        {
            return credited.As<RoiReportView>();
        }

        var people = leads.ListAsync(period.From, period.To, cancellationToken);
        var spent = spend.ListAsync(months, cancellationToken);
        await Task.WhenAll(people, spent);
        var view = credited.Value!;
        var report = RoiReport.Build(
            groupBy,
            period.From,
            period.To,
            await spent,
            (await people).Select(p => p.LeadCreation).OfType<Touchpoint>(),
            (await people).Select(p => p.Mql).OfType<Touchpoint>(),
            AttributionOf(view, model, kind, groupBy));
        return ReadResult<RoiReportView>.Found(new RoiReportView(
            view.Model,
            view.Kind,
            view.GroupBy,
            view.From,
            view.To,
            report.Rows.Select(r => RowOf(r.Key, r.Figures)).ToList(),
            TotalOf(report.Total)));
    }

    private static AttributionReport AttributionOf(AttributionReportView view, AttributionModel model, AttributionKind kind, AttributionGroupBy groupBy) =>
        new(
            model,
            kind,
            groupBy,
            view.Rows.Select(r => new AttributionReportRow(r.Key, r.Opportunities, r.Amount)).ToList(),
            new AttributionReportRow("total", view.Total.Opportunities, view.Total.Amount));

    private static RoiRowView RowOf(string key, RoiFigures f) =>
        new(key, f.Spend, f.Leads, f.Mqls, f.Opportunities, f.Amount, f.CostPerLead, f.CostPerMql, f.CostPerOpportunity, f.Roi);

    private static RoiTotalView TotalOf(RoiFigures f) =>
        new(f.Spend, f.Leads, f.Mqls, f.Opportunities, f.Amount, f.CostPerLead, f.CostPerMql, f.CostPerOpportunity, f.Roi);
}
