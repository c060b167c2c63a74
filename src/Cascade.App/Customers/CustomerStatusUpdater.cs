using Cascade.Domain.Customers;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// Keeps the <c>Customers</c> read model: replays an account's stored facts as of now
/// (<see cref="CustomerReplay"/>) and saves the result (<see cref="CustomerStore.UpdateAsync"/>, If-Match), so the
/// row is a function of the facts whatever order they arrived in, and running it again changes nothing. Called when
/// a fact lands (a close of one of the account's deals, a touch of its people, an action) and by the daily
/// maintenance for the silences that fell due.
/// </summary>
public sealed class CustomerStatusUpdater(AccountFactsLoader loader, CustomerStore customers, CustomerSettings settings, TimeProvider time)
{
    /// <summary>Re-evaluates <paramref name="domain"/>; null when it is no customer (no won deal), whose row then goes.</summary>
    public Task<CustomerRecord?> RefreshAsync(string domain, CancellationToken cancellationToken = default) =>
        customers.UpdateAsync(domain, ct => EvaluateAsync(domain, ct), cancellationToken);

    /// <summary>
    /// Re-evaluates those of <paramref name="domains"/> that are customers (one keyed read each): a touch never makes
    /// a customer, only a won deal does, and the replay finds earlier touches when that deal lands.
    /// </summary>
    public async Task RefreshCustomersAsync(IEnumerable<string> domains, CancellationToken cancellationToken = default)
    {
        foreach (var domain in domains.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (await customers.GetAsync(domain, cancellationToken) is not null)
            {
                await RefreshAsync(domain, cancellationToken);
            }
        }
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
        return new CustomerRecord(domain, replay.State, replay.History, won, now);
    }
}
