using Cascade.App.Customers;
using Cascade.App.Ingestion;
using Cascade.App.Leads;
using Cascade.App.Messages;
using Cascade.App.Reads;
using Cascade.Storage.Attribution;

namespace Cascade.App.Jobs;

/// <summary>
/// The daily maintenance timer (domain §3): leads with no activity for <c>DormantAfterDays</c> go dormant and
/// lost or rejected leads are recycled. The lifecycle replay places those transitions at the instant they
/// became due, so the job only has to find the people whose replayed history moved since the previous run
/// (a day, with an hour of slack) and re-evaluate them, which stores the new stage. Having analysed the whole
/// store, it also saves the Markov fit that the attribution queue credits the Markov model with. Last it sweeps
/// every shard of the pending set, so that marks left by a sweep whose message ended as poison are evaluated at
/// least daily even when no new fact lands in their shard. It also persists the customer silences that fell due
/// (<see cref="CustomerMaintenanceSweep"/>).
/// </summary>
public sealed class DailyMaintenanceJob(
    IWorkspaceReader reader, MarkovSharesStore markov, LeadEvaluationRequests leads, CustomerMaintenanceSweep customers, TimeProvider time)
{
    private static readonly TimeSpan Lookback = TimeSpan.FromHours(25);

    /// <summary>Returns how many people were sent for re-evaluation.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var analysis = await reader.AnalyzeAsync(now, cancellationToken);
        await markov.SaveAsync(new MarkovFit(analysis.MarkovShares, now), cancellationToken);
        var due = analysis.Leads
            .Where(l => l.Value.History.Any(t => t.At > now - Lookback && t.At <= now))
            .Select(l => new LeadEvaluation(l.Key.Value))
            .OrderBy(e => e.Email, StringComparer.Ordinal)
            .ToList();
        await leads.RequestAsync(due, BatchIds.For("maintenance", now, due.Select(d => d.Email)), cancellationToken);
        await leads.SweepAllAsync(BatchIds.For("sweep", now, []), cancellationToken);
        await customers.RunAsync(now, cancellationToken);
        return due.Count;
    }
}
