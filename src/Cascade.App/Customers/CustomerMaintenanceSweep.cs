using Cascade.Domain.Customers;
using Cascade.Storage.Customers;

namespace Cascade.App.Customers;

/// <summary>
/// The daily maintenance's part of the customer lifecycle: persists the silences that fell due (<c>at_risk</c> and
/// <c>inactive</c>, each dated at its due instant by the replay, whenever this runs). It reads the live customers
/// (a churned account has no silence to fall due) and re-evaluates only those whose next silence is due.
/// </summary>
public sealed class CustomerMaintenanceSweep(CustomerStore customers, CustomerStatusUpdater updater, CustomerSettings settings)
{
    /// <summary>Returns how many accounts were re-evaluated.</summary>
    public async Task<int> RunAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var due = (await customers.ListLiveAsync(cancellationToken))
            .Where(r => CustomerMaintenance.Next(r.State, settings) is { } next && next.DueAt <= now)
            .ToList();
        foreach (var record in due)
        {
            await updater.RefreshAsync(record.Domain, cancellationToken);
        }

        return due.Count;
    }
}
