using Cascade.App.Concurrency;
using Cascade.Domain.Customers;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// Keeps the <c>Customers</c> read model: replays an account's stored facts as of now
/// (<see cref="CustomerReplay"/>) and saves the result (<c>CustomerStore.UpdateAsync</c>, If-Match), so the
/// row is a function of the facts whatever order they arrived in, and running it again changes nothing. Called when
/// a fact lands (a close of one of the account's deals, a touch of its people, an action) and by the daily
/// maintenance for the silences that fell due.
/// </summary>
public sealed class CustomerStatusUpdater(AccountFactsLoader loader, CustomerStore customers, CustomerSettings settings, TimeProvider time)
{
    /// <summary>Accounts brought up to date at once by <see cref="RefreshCustomersAsync"/>.</summary>
    private const int Parallelism = 8;

    /// <summary>One update of an account at a time in this process; the touches of the messages that wait are taken together.</summary>
    private readonly KeyedBatcher<string, IReadOnlyList<CustomerFact>?, bool> _updates = new();

    /// <summary>
    /// Re-evaluates <paramref name="domain"/>; null when it is no customer (no won deal), whose row then goes. A pass that
    /// creates the row is followed by another: a touch stored after the replay read the facts and handled before the row
    /// was written found no row and left it alone (<see cref="RefreshCustomersAsync"/>), and only a read of the facts
    /// after the write is sure to see it. An existing row needs no second pass: such a touch updates it If-Match.
    /// </summary>
    public async Task<CustomerRecord?> RefreshAsync(string domain, CancellationToken cancellationToken = default)
    {
        CustomerRecord? record;
        bool created;
        do
        {
            created = false;
            record = await customers.UpdateAsync(
                domain,
                (stored, ct) =>
                {
                    created = stored is null;
                    return EvaluateAsync(domain, ct);
                },
                cancellationToken);
        }
        while (created && record is not null);

        return record;
    }

    /// <summary>
    /// Re-evaluates those of <paramref name="domains"/> that are customers: a touch never makes a customer, only a won
    /// deal does, and the replay finds earlier touches when that deal lands. <paramref name="domains"/> are those the
    /// customer list may hold (<c>CustomerStore.MayBeCustomersAsync</c>, read after the touches were stored: a domain
    /// it left out had no status row then, and a read of its row would have found none just as well).
    /// <paramref name="activity"/> holds the new touches known to be of each domain's people: they are replayed with the
    /// facts the row keeps summarised (<see cref="CustomerFactSummary"/>), without reading the account's facts; a
    /// domain without them, or a row without a summary, replays the stored facts. Concurrent messages' updates of one
    /// account in this process are taken together (<see cref="KeyedBatcher{TKey, TItem, TResult}"/>): one waits while
    /// another runs, and those that arrive meanwhile join it.
    /// </summary>
    public async Task RefreshCustomersAsync(
        IEnumerable<string> domains, IReadOnlyDictionary<string, List<CustomerFact>>? activity = null, CancellationToken cancellationToken = default)
    {
        // Accounts are independent (each row If-Match its own read), so they are brought up to date side by side.
        await Parallel.ForEachAsync(
            domains.Distinct(StringComparer.Ordinal),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (domain, ct) => await _updates.RunAsync(domain, activity?.GetValueOrDefault(domain), (requests, c) => BringUpToDateAsync(domain, requests, c), ct));
    }

    /// <summary>
    /// Brings a customer's row up to date for the requests of one run: with all their touches, or by a replay of the
    /// stored facts when one of them has none.
    /// </summary>
    private async Task<bool> BringUpToDateAsync(string domain, IReadOnlyList<IReadOnlyList<CustomerFact>?> requests, CancellationToken cancellationToken)
    {
        var touched = requests.Any(r => r is null) ? null : requests.SelectMany(r => r!).ToList();
        await customers.UpdateAsync(domain, (stored, ct) => stored is null ? Task.FromResult<CustomerRecord?>(null) : ExtendAsync(stored, touched, ct), cancellationToken);
        return true;
    }

    private Task<CustomerRecord?> ExtendAsync(CustomerRecord stored, IReadOnlyList<CustomerFact>? touched, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (touched is null || stored.EvaluatedAt > now || stored.Summary is not { } summary || !summary.Fits(settings))
        {
            return EvaluateAsync(stored.Domain, cancellationToken);
        }

        // More activity never undoes a win, so the account stays a customer.
        var extended = summary.With(touched, settings, now);
        var replay = CustomerReplay.Run(extended.Facts, settings, now);
        return Task.FromResult<CustomerRecord?>(stored with { State = replay.State, History = replay.History, Summary = extended, EvaluatedAt = now });
    }

    private async Task<CustomerRecord?> EvaluateAsync(string domain, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var facts = await loader.LoadAsync(domain, cancellationToken);
        var replay = CustomerReplay.Run(facts.Facts, settings, now);
        if (!replay.State.IsCustomer)
        {
            return null;
        }

        var won = facts.Deals.Where(d => d.IsWon && d.ClosedAt <= now).OrderBy(d => d.ClosedAt).ThenBy(d => d.OpportunityId, StringComparer.Ordinal).ToList();
        return new CustomerRecord(domain, replay.State, replay.History, won, now) { Summary = CustomerFactSummary.Of(facts.Facts, settings, now) };
    }
}
