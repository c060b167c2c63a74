using Cascade.App.Attribution;
using Cascade.App.Reads;
using Cascade.Domain.Attribution;
using Cascade.Domain.Customers;
using Cascade.Domain.Pipeline;
using Cascade.Domain.Workspace;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// <c>GET /api/reports/customers?from=&amp;to=</c> (period defaults on <see cref="ReportParameters"/>). Its cost is
/// bounded by what it reads: the accounts filed as live and those churned in a month since <c>from</c> (the standing
/// copies of <see cref="CustomerStore.ListSinceAsync"/>), the survey answers of the period's months, and the expansion
/// deals' attributions of the period (<see cref="AttributionPeriodReader"/>, its month partitions).
/// </summary>
/// <remarks>
/// Rules where api.md is silent:
/// <list type="bullet">
/// <item>Each row is brought forward to the later of now and <c>to</c> (<see cref="CustomerTimeline.BroughtForward"/>):
/// a status "at <c>from</c>" is the one in force at that instant, "at <c>to</c>" the one just before it (the period is
/// [from, to)). A customer account is one active, at risk or inactive then (a churned one is no longer counted).</item>
/// <item>The period's customer accounts are those that were customers at some instant of it: a customer at
/// <c>from</c>, or one whose status changed in the period (won its first deal, churned, came back). Every figure but
/// NPS and expansion is over them; an account churned before the period and still churned is in none.</item>
/// <item><c>customers.new</c>: accounts whose first deal was won in the period; <c>customers.churned</c>: accounts
/// that moved to churned in it; <c>byStatus</c>: the period's customer accounts by their status at the end.</item>
/// <item><c>repeatPurchaseRate</c> and <c>averageLifetimeValue</c> count the deals won before <c>to</c>, over the
/// period's customer accounts (churned ones included: their purchases happened).</item>
/// <item><c>expansion.pipeline</c>: the creation amounts of <c>expansion</c> deals created in the period;
/// <c>expansion.won</c>: the won amounts of those won in it — the attribution report's figures for <c>type=expansion</c>.</item>
/// <item>Rates are rounded half to even to four decimals, money to cents; a rate over no account is null.</item>
/// </list>
/// </remarks>
public sealed class CustomersReportQuery(
    CustomerStore customers,
    CustomerFactStore facts,
    AttributionPeriodReader attributions,
    CustomerSettings customerSettings,
    WorkspaceSettings settings,
    TimeProvider time)
{
    public async Task<ReadResult<CustomersReportView>> GetAsync(IReadOnlyDictionary<string, string?> query, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var parameters = new ReportParameters(query, settings.Calendar, now);
        var period = parameters.Period();
        if (!parameters.IsValid)
        {
            return ReadResult<CustomersReportView>.Invalid(parameters.Errors);
        }

        var rows = customers.ListSinceAsync(period.From, now, cancellationToken);
        var answers = facts.NpsAnswersAsync(period.From, period.To, cancellationToken);
        var pipeline = attributions.ListAsync(AttributionKind.Pipeline, period, OpportunityType.Expansion, cancellationToken);
        var won = attributions.ListAsync(AttributionKind.Revenue, period, OpportunityType.Expansion, cancellationToken);
        await Task.WhenAll(rows, answers, pipeline, won);

        var horizon = period.To > now ? period.To : now;
        var end = period.To.AddTicks(-1);
        var accounts = (await rows).Select(r =>
        {
            var history = CustomerTimeline.BroughtForward(r.State, r.History, customerSettings, horizon).History;
            return new
            {
                Record = r,
                Figures = new CustomerAccount(
                    CustomerTimeline.StatusAt(history, period.From),
                    CustomerTimeline.StatusAt(history, end),
                    r.WonDeals.Where(d => d.ClosedAt < period.To).Select(d => d.Amount).ToList()),
                ChangedInPeriod = history.Any(c => period.Contains(c.At)),
                ChurnedInPeriod = history.Any(c => c.To == CustomerStatus.Churned && period.Contains(c.At)),
            };
        }).Where(a => IsCustomer(a.Figures.AtStart) || a.ChangedInPeriod).ToList();
        var figures = accounts.Select(a => a.Figures).ToList();
        var nps = NetPromoterScore.Of(await answers);

        return ReadResult<CustomersReportView>.Found(new CustomersReportView(
            period.From,
            period.To,
            new CustomerCountsView(
                figures.Count(f => IsCustomer(f.AtStart)),
                figures.Count(f => IsCustomer(f.AtEnd)),
                accounts.Count(a => a.Record.FirstWonAt is { } first && period.Contains(first)),
                accounts.Count(a => a.ChurnedInPeriod)),
            new CustomerStatusCountsView(
                figures.Count(f => f.AtEnd == CustomerStatus.Active),
                figures.Count(f => f.AtEnd == CustomerStatus.AtRisk),
                figures.Count(f => f.AtEnd == CustomerStatus.Inactive),
                figures.Count(f => f.AtEnd == CustomerStatus.Churned)),
            Rate(CustomerMetrics.RetentionRate(figures)),
            Rate(CustomerMetrics.RepeatPurchaseRate(figures)),
            new ExpansionView((await pipeline).Sum(a => a.Amount), (await won).Sum(a => a.Amount)),
            CustomerMetrics.AverageLifetimeValue(figures),
            new NpsView(nps.Responses, nps.Promoters, nps.Passives, nps.Detractors, nps.Score)));
    }

    private static bool IsCustomer(CustomerStatus status) => status is CustomerStatus.Active or CustomerStatus.AtRisk or CustomerStatus.Inactive;

    private static decimal? Rate(decimal? rate) => rate is { } r ? Math.Round(r, 4, MidpointRounding.ToEven) : null;
}
