using Cascade.App.Configuration;
using Cascade.App.Reads;
using Cascade.Domain.Workspace;
using Cascade.Storage.Spend;
using Microsoft.Extensions.Options;

namespace Cascade.App.Spend;

/// <summary>
/// <c>GET /api/spend?from=&amp;to=</c>: the stored spend of the months in [from, to) (month boundaries; default the
/// current fiscal quarter), one partition read a month.
/// </summary>
public sealed class SpendQuery(SpendStore store, WorkspaceSettings settings, IOptions<CascadeOptions> options, TimeProvider time)
{
    public async Task<ReadResult<SpendListView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var parameters = new ReportParameters(query, settings.Calendar, time.GetUtcNow());
        var period = parameters.Period();
        var months = parameters.IsValid ? SpendPeriod.Months(period, parameters.Errors) : [];
        if (!parameters.IsValid)
        {
            return ReadResult<SpendListView>.Invalid(parameters.Errors);
        }

        var currency = options.Value.Currency.ToUpperInvariant();
        var entries = await store.ListAsync(months, cancellationToken);
        var rows = entries
            .OrderBy(e => e.Month)
            .ThenBy(e => e.Channel, StringComparer.Ordinal)
            .ThenBy(e => e.Campaign ?? string.Empty, StringComparer.Ordinal)
            .Select(e => new SpendRowView(e.Month.ToString(), e.Channel, e.Campaign, e.Amount, currency))
            .ToList();
        return ReadResult<SpendListView>.Found(new SpendListView(period.From, period.To, currency, rows, rows.Sum(r => r.Amount)));
    }
}
