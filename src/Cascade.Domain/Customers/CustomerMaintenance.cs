using Cascade.Domain.Customers.Events;

namespace Cascade.Domain.Customers;

/// <summary>
/// What the passing of time owes a customer: <c>at_risk</c> exactly <see cref="CustomerSettings.AtRiskAfterDays"/>
/// after the last activity, <c>inactive</c> exactly <see cref="CustomerSettings.InactiveAfterDays"/> after it. Each
/// event is applied at its due instant, so the history does not depend on when the daily timer happened to run.
/// </summary>
public static class CustomerMaintenance
{
    /// <summary>The next silence event of <paramref name="state"/>, due or not; null when none applies.</summary>
    public static CustomerMaintenanceEvent? Next(CustomerState state, CustomerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(settings);
        if (state.LastActivityAt is not { } last)
        {
            return null;
        }

        return state.Status switch
        {
            CustomerStatus.Active => new(last.AddDays(settings.AtRiskAfterDays), new SilenceElapsed(CustomerStatus.AtRisk, last)),
            CustomerStatus.AtRisk => new(last.AddDays(settings.InactiveAfterDays), new SilenceElapsed(CustomerStatus.Inactive, last)),
            _ => null,
        };
    }

    /// <summary>Every silence event due at or before <paramref name="now"/>, in order, with the state each leaves.</summary>
    public static IReadOnlyList<CustomerTransitionResult> Due(CustomerState state, CustomerSettings settings, DateTimeOffset now)
    {
        var due = new List<CustomerTransitionResult>();
        while (Next(state, settings) is { } next && next.DueAt <= now)
        {
            var result = CustomerLifecycle.Apply(state, next.Event, next.DueAt);
            if (!result.IsApplied)
            {
                break;
            }

            due.Add(result);
            state = result.State;
        }

        return due;
    }
}
