namespace Cascade.Domain.Customers;

/// <summary>
/// Reads a customer's kept history at any instant: the status is the last change at or before it (none before the
/// first win). A history kept at one evaluation is brought forward with the silences due since
/// (<see cref="CustomerMaintenance.Due"/>), so a read needs no new facts and no timer to see <c>at_risk</c> or
/// <c>inactive</c> from the exact instant they are due.
/// </summary>
public static class CustomerTimeline
{
    /// <summary>The status in force at <paramref name="at"/> (changes at that instant included).</summary>
    public static CustomerStatus StatusAt(IReadOnlyList<CustomerStatusChange> history, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(history);
        var status = CustomerStatus.None;
        foreach (var change in history)
        {
            if (change.At > at)
            {
                break;
            }

            status = change.To;
        }

        return status;
    }

    /// <summary>The state and history of an evaluation, with the silences due up to <paramref name="until"/> added.</summary>
    public static CustomerReplayResult BroughtForward(CustomerState state, IReadOnlyList<CustomerStatusChange> history, CustomerSettings settings, DateTimeOffset until)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(history);
        var due = CustomerMaintenance.Due(state, settings, until);
        return due.Count == 0
            ? new CustomerReplayResult(state, history)
            : new CustomerReplayResult(due[^1].State, [.. history, .. due.Select(d => d.Change!)]);
    }
}
