using System.Collections.Concurrent;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Leads;

/// <summary>
/// The opportunity links and histories read for one run over many people — a sweep of pending evaluations, an
/// attribution message — each read once: the people of one account share its link partition and its deals, which
/// read per person cost a query each, as many times as the account has people in the run.
/// </summary>
/// <remarks>
/// Reads are remembered for the run only, and a run starts after what triggered it (the marks it sweeps, the request
/// it answers) was written; a change stored during the run marks or requests again, so a later run reads it, exactly
/// as when each person read at their own moment.
/// </remarks>
public sealed class OpportunityReads(OpportunityLinkStore links, OpportunityStore opportunities)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<IReadOnlyList<string>>>> _accounts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<Task<OpportunityHistory?>>> _histories = new(StringComparer.Ordinal);

    /// <summary>Remembers a history the run has already read.</summary>
    public void Remember(OpportunityHistory history)
    {
        ArgumentNullException.ThrowIfNull(history);
        _histories.TryAdd(history.OpportunityId, new Lazy<Task<OpportunityHistory?>>(Task.FromResult<OpportunityHistory?>(history)));
    }

    /// <summary>
    /// The ids of the opportunities of <paramref name="accountDomain"/> (none for none), ordinal order: one partition read
    /// per account and run, which also gives the histories of the deals whose link keeps their versions.
    /// </summary>
    public Task<IReadOnlyList<string>> OfAccountAsync(string? accountDomain, CancellationToken cancellationToken) =>
        accountDomain is null
            ? Task.FromResult<IReadOnlyList<string>>([])
            : _accounts.GetOrAdd(accountDomain, d => new Lazy<Task<IReadOnlyList<string>>>(() => ReadAccountAsync(d)))
                .Value.WaitAsync(cancellationToken);

    private async Task<IReadOnlyList<string>> ReadAccountAsync(string accountDomain)
    {
        var deals = await links.DealsOfAccountAsync(accountDomain, CancellationToken.None);
        foreach (var deal in deals.Where(d => d.Versions is not null))
        {
            _histories.TryAdd(deal.OpportunityId, new Lazy<Task<OpportunityHistory?>>(Task.FromResult(deal.History)));
        }

        return deals.Select(d => d.OpportunityId).ToList();
    }

    public Task<OpportunityHistory?> HistoryAsync(string opportunityId, CancellationToken cancellationToken) =>
        _histories.GetOrAdd(opportunityId, id => new Lazy<Task<OpportunityHistory?>>(() => opportunities.HistoryAsync(id, CancellationToken.None)))
            .Value.WaitAsync(cancellationToken);
}
