using Cascade.App.Leads;
using Cascade.Domain.Identity;
using Cascade.Domain.Pipeline;
using Cascade.Storage.OpportunityLinks;
using Cascade.Storage.Opportunities;

namespace Cascade.App.Opportunities;

/// <summary>
/// The deals of one account read by key — the account's link partition, whose rows keep each deal's versions (a deal
/// whose row keeps none is read) — and the type of a deal derived from them (<see cref="OpportunityTypes.Of"/>). The cost
/// follows the account's deals, never the store.
/// </summary>
public sealed class AccountDeals(OpportunityLinkStore links, OpportunityStore opportunities)
{
    /// <summary>Deals read at once.</summary>
    private const int Parallelism = 8;

    /// <summary>
    /// The histories of the deals whose current state names <paramref name="accountDomain"/> (a deal moved to another
    /// account keeps its link but is left out), ordinal order of id.
    /// </summary>
    public Task<IReadOnlyList<OpportunityHistory>> OfAsync(string accountDomain, CancellationToken cancellationToken = default) =>
        OfAsync(accountDomain, known: null, cancellationToken);

    /// <summary>As above, taking <paramref name="known"/> (a history the caller has just read) instead of reading it again.</summary>
    private async Task<IReadOnlyList<OpportunityHistory>> OfAsync(string accountDomain, OpportunityHistory? known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountDomain);
        // The link partition's kept versions stand for the deals' reads, as in an evaluation (OpportunityReads).
        var reads = new OpportunityReads(links, opportunities);
        if (known is not null)
        {
            reads.Remember(known);
        }

        var ids = await reads.OfAccountAsync(accountDomain, cancellationToken);
        var histories = new OpportunityHistory?[ids.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, ids.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (i, ct) => histories[i] = await reads.HistoryAsync(ids[i], ct));
        return histories
            .OfType<OpportunityHistory>()
            .Where(h => string.Equals(h.Current?.AccountDomain, accountDomain, StringComparison.Ordinal))
            .ToList();
    }

    /// <summary>
    /// The type of <paramref name="history"/>'s deal from what is stored now about its account's deals (the deal itself
    /// as given, not read again).
    /// </summary>
    public async Task<OpportunityType> TypeOfAsync(OpportunityHistory history, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        var domain = AccountDomains.Normalize(history.Current?.AccountDomain);
        var account = domain is null ? [] : await OfAsync(domain, history, cancellationToken);
        return OpportunityTypes.Of(history, account);
    }
}
