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
        OfAsync(accountDomain, new OpportunityReads(links, opportunities), cancellationToken);

    /// <summary>As above, through <paramref name="reads"/>, whose kept versions of the link partition stand for the deals' reads.</summary>
    private static async Task<IReadOnlyList<OpportunityHistory>> OfAsync(string accountDomain, OpportunityReads reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(accountDomain);
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
    /// as given, not read again), read through <paramref name="shared"/>, a run that may have read them already.
    /// </summary>
    public static async Task<OpportunityType> TypeOfAsync(OpportunityHistory history, OpportunityReads shared, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(shared);
        shared.Remember(history);
        var domain = AccountDomains.Normalize(history.Current?.AccountDomain);
        var account = domain is null ? [] : await OfAsync(domain, shared, cancellationToken);
        return OpportunityTypes.Of(history, account);
    }
}
